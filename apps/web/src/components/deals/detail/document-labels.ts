export const DOCUMENT_KIND_LABELS = {
  contract: "deals.documents.kind.contract",
  offer: "deals.documents.kind.offer",
  order: "deals.documents.kind.order",
  invoice: "deals.documents.kind.invoice",
  other: "deals.documents.kind.other",
} as const;

export const DOCUMENT_STATUS_LABELS = {
  draft: "deals.documents.status.draft",
  final: "deals.documents.status.final",
  sent: "deals.documents.status.sent",
  signed: "deals.documents.status.signed",
  cancelled: "deals.documents.status.cancelled",
} as const;

/** Companies, contacts and objects: the client card (F1, F2). */
export const clientsMessages = {
  "clients.noRecordType": "this project has no record type with this id.",
  "clients.noTypeOfKind": "this project has no {kind} type with this id.",
  "clients.companyHasInvoices":
    "This company has invoices and cannot be deleted; cancel or move its invoices first.",
} as const;

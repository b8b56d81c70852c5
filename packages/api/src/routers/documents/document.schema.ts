import { z } from "zod";

import { ZLink } from "../../domain/access/visible-link.schema";

// Shared by the documents procedures' input and output schemas (documents and templates).

export const ZDocumentKind = z.enum(["contract", "offer", "order", "invoice", "other"], {
  error: "kind must be contract, offer, order, invoice or other.",
});
export const ZDocumentStatus = z.enum(["draft", "final", "sent", "signed", "cancelled"], {
  error: "status must be draft, final, sent, signed or cancelled.",
});
export const ZId = (what: string) => z.uuid(`The ${what} id is not valid.`);
export const ZVersion = z.number().int().positive("version must be the version you last read.");

export const ZTemplateName = z.string().trim().min(1, "Give the template a name.").max(200);
export const ZTemplateBody = z
  .string()
  .min(1, "Write the template's HTML.")
  .max(200_000, "A template may hold at most 200,000 characters.");
export const ZGroupIds = z.array(ZId("group")).max(50, "Limit a template to at most 50 groups.");

// Plain objects strip what they do not name, so a wider select can never leak a field.
export const ZDocument = z.object({
  id: z.string(),
  templateId: z.string().nullable(),
  kind: ZDocumentKind,
  status: ZDocumentStatus,
  number: z.string().nullable(),
  title: z.string(),
  /** Each link named where the caller may view the linked record, else null (D7). */
  company: ZLink,
  contact: ZLink,
  deal: ZLink,
  directionId: z.string().nullable(),
  departmentId: z.string().nullable(),
  responsible: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

/** A document with its generated HTML: every merged value in it is escaped. */
export const ZDocumentWithBody = ZDocument.extend({ bodyHtml: z.string().nullable() });

export const ZTemplate = z.object({
  id: z.string(),
  kind: ZDocumentKind,
  name: z.string(),
  isActive: z.boolean(),
  /** The CRM groups that alone may use it (D9); empty means everyone who may make its kind. */
  limitedToGroups: z.array(z.object({ id: z.string(), name: z.string() })),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const ZTemplateWithBody = ZTemplate.extend({ bodyHtml: z.string() });

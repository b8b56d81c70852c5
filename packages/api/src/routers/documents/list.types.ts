import { z } from "zod";

import { ZKeysetCursor } from "../../domain/pagination/keyset-cursor";
import { ZDocument, ZDocumentKind, ZDocumentStatus, ZId } from "./document.schema";

export const ZListInput = z.strictObject({
  kind: ZDocumentKind.optional(),
  status: ZDocumentStatus.optional(),
  companyId: ZId("company").optional(),
  contactId: ZId("contact").optional(),
  dealId: ZId("deal").optional(),
  cursor: ZKeysetCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZListOutput = z.object({
  items: z.array(ZDocument),
  nextCursor: z.string().nullable(),
});

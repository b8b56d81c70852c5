import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZDocumentWithBody, ZId } from "./document.schema";

export const ZGenerateInput = z.strictObject({
  templateId: ZId("template"),
  /** The records merged; a deal brings its company and contact, an invoice its company and deal. */
  companyId: ZId("company").optional(),
  contactId: ZId("contact").optional(),
  dealId: ZId("deal").optional(),
  invoiceId: ZId("invoice").optional(),
  /** Defaults to the template's name and the company's. */
  title: z.string().trim().min(1, "Give the document a title.").max(300).optional(),
  /** Defaults to the invoice's number when generated from an invoice. */
  number: z.string().trim().min(1).max(50).optional(),
});

export const ZGenerateOutput = ZDocumentWithBody.extend({ can: ZRecordCan });

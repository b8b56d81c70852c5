import { z } from "zod";

import {
  ZDocumentKind,
  ZId,
  ZTemplateBody,
  ZTemplateName,
  ZTemplateWithBody,
  ZVersion,
} from "./document.schema";

export const ZUpdateTemplateInput = z
  .strictObject({
    id: ZId("template"),
    version: ZVersion,
    kind: ZDocumentKind.optional(),
    name: ZTemplateName.optional(),
    bodyHtml: ZTemplateBody.optional(),
  })
  .refine(
    (input) => input.kind !== undefined || input.name !== undefined || input.bodyHtml !== undefined,
    { message: "Change at least one of kind, name and bodyHtml.", path: ["bodyHtml"] },
  );

export const ZUpdateTemplateOutput = ZTemplateWithBody;

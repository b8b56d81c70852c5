import { z } from "zod";

import {
  ZDocumentKind,
  ZGroupIds,
  ZTemplateBody,
  ZTemplateName,
  ZTemplateWithBody,
} from "./document.schema";

export const ZCreateTemplateInput = z.strictObject({
  kind: ZDocumentKind,
  name: ZTemplateName,
  /** HTML with `{{source.field}}` merge fields; an unknown field is refused, naming the allowed. */
  bodyHtml: ZTemplateBody,
  groupIds: ZGroupIds.default([]),
});

export const ZCreateTemplateOutput = ZTemplateWithBody;

import { z } from "zod";

import { ZDocumentKind, ZTemplate } from "./document.schema";

export const ZListTemplatesInput = z.strictObject({ kind: ZDocumentKind.optional() });

export const ZListTemplatesOutput = z.array(ZTemplate);

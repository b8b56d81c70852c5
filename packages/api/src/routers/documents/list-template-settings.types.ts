import { z } from "zod";

import { ZDocumentKind, ZTemplateWithBody } from "./document.schema";

export const ZListTemplateSettingsInput = z.strictObject({ kind: ZDocumentKind.optional() });

export const ZListTemplateSettingsOutput = z.array(ZTemplateWithBody);

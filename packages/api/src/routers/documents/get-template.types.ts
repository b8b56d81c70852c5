import { z } from "zod";

import { ZId, ZTemplateWithBody } from "./document.schema";

export const ZGetTemplateInput = z.strictObject({ id: ZId("template") });

export const ZGetTemplateOutput = ZTemplateWithBody;

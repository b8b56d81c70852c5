import { z } from "zod";

import { ZDocumentWithBody, ZId } from "./document.schema";

export const ZGetInput = z.strictObject({ id: ZId("document") });

export const ZGetOutput = ZDocumentWithBody;

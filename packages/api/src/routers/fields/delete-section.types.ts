import { z } from "zod";

import { ZId, ZVersion } from "./fields.schema";

export const ZDeleteSectionInput = z.strictObject({ id: ZId("section"), version: ZVersion });

export const ZDeleteSectionOutput = z.object({ id: z.string() });

import { z } from "zod";

import { ZCardKind, ZRecordType } from "./fields.schema";

export const ZListTypesInput = z.strictObject({ kind: ZCardKind.optional() });

export const ZListTypesOutput = z.array(ZRecordType);

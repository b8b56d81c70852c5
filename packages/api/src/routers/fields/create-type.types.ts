import { z } from "zod";

import { ZCardKind, ZRecordType, ZTypeName } from "./fields.schema";

export const ZCreateTypeInput = z.strictObject({ kind: ZCardKind, name: ZTypeName });

export const ZCreateTypeOutput = ZRecordType;

import { z } from "zod";

import { ZCardKind } from "./fields.schema";

export const ZListTypesInput = z.strictObject({ kind: ZCardKind.optional() });

export const ZListTypesOutput = z.array(
  z.object({ id: z.string(), kind: ZCardKind, name: z.string() }),
);

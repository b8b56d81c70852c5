import { z } from "zod";

export const ZDeleteInput = z.strictObject({ id: z.uuid("id must be a saved filter's id.") });
export const ZDeleteOutput = z.object({ id: z.string() });

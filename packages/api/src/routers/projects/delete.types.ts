import { z } from "zod";

import { ZVersion } from "./project.schema";

export const ZDeleteInput = z.strictObject({
  /** The project's name, typed by the person deleting it. */
  confirmName: z.string().max(200),
  version: ZVersion,
});

export const ZDeleteOutput = z.object({ id: z.string() });

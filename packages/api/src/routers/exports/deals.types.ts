import { z } from "zod";

import { ZExportSearch, ZOwnershipFilter } from "./export.schema";

/** The deals to export: a title search, where they stand, and who they belong to. */
export const ZDealsInput = z.strictObject({
  search: ZExportSearch.optional(),
  ...ZOwnershipFilter,
  pipelineId: z.uuid("pipelineId is not a valid id.").optional(),
  stageId: z.uuid("stageId is not a valid id.").optional(),
  status: z.enum(["open", "won", "lost"]).optional(),
});

export { ZExportOutput as ZDealsOutput } from "./export.schema";

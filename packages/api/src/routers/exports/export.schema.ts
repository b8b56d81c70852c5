import { z } from "zod";

// Shared by the exports procedures' input and output schemas.

export const ZExportSearch = z.string().trim().max(200, "Search for at most 200 characters.");

/** Who the records belong to; the department includes the departments under it. */
export const ZOwnershipFilter = {
  responsibleId: z.uuid("responsibleId is not a valid id.").optional(),
  directionId: z.uuid("directionId is not a valid id.").optional(),
  departmentId: z.uuid("departmentId is not a valid id.").optional(),
};

export const ZExportOutput = z.object({
  exportId: z.string().describe("The export's entry in the audit log (its recordId)."),
  fileName: z.string(),
  contentType: z.literal("text/csv; charset=utf-8"),
  rowCount: z.number().int(),
  columns: z
    .array(z.string())
    .describe("The header row: fields and custom sections hidden from you are not in it."),
  csv: z.string().describe("RFC 4180 text; cells that would start a formula begin with '."),
});

import { z } from "zod";

import { ZExportSearch, ZOwnershipFilter } from "./export.schema";

/** The companies to export: the same search as the list, and who they belong to. */
export const ZCompaniesInput = z.strictObject({
  search: ZExportSearch.optional(),
  ...ZOwnershipFilter,
  typeId: z.uuid("typeId is not a valid id.").optional(),
  isPartner: z.boolean().optional(),
});

export { ZExportOutput as ZCompaniesOutput } from "./export.schema";

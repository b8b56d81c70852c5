import { z } from "zod";

import { ZExportSearch, ZOwnershipFilter } from "./export.schema";

/** The contacts to export: the same search as the list, a company, and who they belong to. */
export const ZContactsInput = z.strictObject({
  search: ZExportSearch.optional(),
  ...ZOwnershipFilter,
  companyId: z.uuid("companyId is not a valid id.").optional(),
  typeId: z.uuid("typeId is not a valid id.").optional(),
});

export { ZExportOutput as ZContactsOutput } from "./export.schema";

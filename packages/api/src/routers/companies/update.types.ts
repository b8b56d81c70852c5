import { z } from "zod";

import { ZCompany, ZCompanyFields, ZCompanyId, ZVersion } from "./company.schema";

export const ZUpdateInput = z.strictObject({
  id: ZCompanyId,
  /** The version the caller read; a stale one is a conflict. */
  version: ZVersion,
  fields: ZCompanyFields.partial().refine((fields) => Object.keys(fields).length > 0, {
    message: "Change at least one field.",
  }),
});

export const ZUpdateOutput = ZCompany;

import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import {
  ZCustomSection,
  ZCustomValuesInput,
} from "../../domain/custom-fields/custom-values.schema";
import { ZCompany, ZCompanyFields, ZCompanyId, ZVersion } from "./company.schema";

export const ZUpdateInput = z
  .strictObject({
    id: ZCompanyId,
    /** The version the caller read; a stale one is a conflict. */
    version: ZVersion,
    fields: ZCompanyFields.partial().optional(),
    /** `{ [fieldId]: value }`; null clears a value. */
    customValues: ZCustomValuesInput.optional(),
  })
  .refine(
    (input) =>
      Object.keys(input.fields ?? {}).length + Object.keys(input.customValues ?? {}).length > 0,
    { message: "Change at least one field.", path: ["fields"] },
  );

export const ZUpdateOutput = ZCompany.extend({
  customSections: z.array(ZCustomSection),
  can: ZRecordCan,
});

import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZCustomSection } from "../../domain/custom-fields/custom-values.schema";
import { ZCompany, ZCompanyId } from "./company.schema";

export const ZGetInput = z.strictObject({ id: ZCompanyId });

/** A company with the custom sections the caller may read (F2, D8). */
export const ZGetOutput = ZCompany.extend({
  customSections: z.array(ZCustomSection),
  can: ZRecordCan,
});

import { z } from "zod";

import { ZCompany, ZCompanyId } from "./company.schema";

export const ZGetInput = z.strictObject({ id: ZCompanyId });

export const ZGetOutput = ZCompany;

import { z } from "zod";

import { ZVersion } from "../companies/company.schema";
import { ZProduct, ZProductId } from "./product.schema";

export const ZDeactivateInput = z.strictObject({ id: ZProductId, version: ZVersion });

export const ZDeactivateOutput = ZProduct;

import { z } from "zod";

import { ZProduct, ZProductId } from "./product.schema";

export const ZGetInput = z.strictObject({ id: ZProductId });

export const ZGetOutput = ZProduct;

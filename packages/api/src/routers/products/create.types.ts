import { ZProduct, ZProductFields } from "./product.schema";

export const ZCreateInput = ZProductFields;

export const ZCreateOutput = ZProduct;

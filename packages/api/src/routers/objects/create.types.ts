import { ZObject, ZObjectFields } from "./object.schema";

export const ZCreateInput = ZObjectFields;

export const ZCreateOutput = ZObject;

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZObject, ZObjectFields } from "./object.schema";

export const ZCreateInput = ZObjectFields;

export const ZCreateOutput = ZObject.extend({ can: ZRecordCan });

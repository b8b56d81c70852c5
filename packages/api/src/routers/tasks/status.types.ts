import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZTask, ZTaskAtVersion } from "./task.schema";

export const ZCompleteInput = ZTaskAtVersion;
export const ZCompleteOutput = ZTask.extend({ can: ZRecordCan });
export const ZReopenInput = ZTaskAtVersion;
export const ZReopenOutput = ZTask.extend({ can: ZRecordCan });
export const ZCancelInput = ZTaskAtVersion;
export const ZCancelOutput = ZTask.extend({ can: ZRecordCan });

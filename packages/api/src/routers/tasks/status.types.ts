import { ZTask, ZTaskAtVersion } from "./task.schema";

export const ZCompleteInput = ZTaskAtVersion;
export const ZCompleteOutput = ZTask;
export const ZReopenInput = ZTaskAtVersion;
export const ZReopenOutput = ZTask;
export const ZCancelInput = ZTaskAtVersion;
export const ZCancelOutput = ZTask;

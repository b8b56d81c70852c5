import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZParticipantIds, ZTask, ZTaskFields } from "./task.schema";

export const ZCreateInput = ZTaskFields.extend({ participantIds: ZParticipantIds.optional() });

export const ZCreateOutput = ZTask.extend({ can: ZRecordCan });

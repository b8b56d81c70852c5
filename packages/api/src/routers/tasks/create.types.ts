import { ZParticipantIds, ZTask, ZTaskFields } from "./task.schema";

export const ZCreateInput = ZTaskFields.extend({ participantIds: ZParticipantIds.optional() });

export const ZCreateOutput = ZTask;

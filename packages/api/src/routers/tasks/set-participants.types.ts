import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZParticipantIds, ZTask, ZTaskId, ZVersion } from "./task.schema";

export const ZSetParticipantsInput = z.strictObject({
  id: ZTaskId,
  version: ZVersion,
  /** The whole list: who is left out stops taking part. */
  participantIds: ZParticipantIds,
});

export const ZSetParticipantsOutput = ZTask.extend({ can: ZRecordCan });

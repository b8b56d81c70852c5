import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZObjectCard, ZObjectId } from "./object.schema";

export const ZGetInput = z.strictObject({ id: ZObjectId });

export const ZGetOutput = ZObjectCard.extend({ can: ZRecordCan });

import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZContactCard, ZContactId } from "./contact.schema";

export const ZGetInput = z.strictObject({ id: ZContactId });

export const ZGetOutput = ZContactCard.extend({ can: ZRecordCan });

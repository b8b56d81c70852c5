import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZContactCard, ZContactCompany, ZContactId } from "./contact.schema";

export const ZGetInput = z.strictObject({ id: ZContactId });

export const ZGetOutput = ZContactCard.extend({ company: ZContactCompany, can: ZRecordCan });

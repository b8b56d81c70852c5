import { z } from "zod";

import { ZRecordCan } from "../../domain/access/record-can.schema";
import { ZInterest, ZInterestId } from "./interest.schema";

export const ZGetInput = z.strictObject({ id: ZInterestId });

export const ZGetOutput = ZInterest.extend({ can: ZRecordCan });

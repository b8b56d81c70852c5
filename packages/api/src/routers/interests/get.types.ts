import { z } from "zod";

import { ZInterest, ZInterestId } from "./interest.schema";

export const ZGetInput = z.strictObject({ id: ZInterestId });

export const ZGetOutput = ZInterest;

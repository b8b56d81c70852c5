import { z } from "zod";

import { ZContactCard, ZContactId } from "./contact.schema";

export const ZGetInput = z.strictObject({ id: ZContactId });

export const ZGetOutput = ZContactCard;

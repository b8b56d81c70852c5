import { z } from "zod";

import { ZObjectCard, ZObjectId } from "./object.schema";

export const ZGetInput = z.strictObject({ id: ZObjectId });

export const ZGetOutput = ZObjectCard;

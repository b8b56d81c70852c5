import { z } from "zod";

import { ZProfile } from "./profile.schema";

export const ZGetInput = z.void();

export const ZGetOutput = ZProfile;

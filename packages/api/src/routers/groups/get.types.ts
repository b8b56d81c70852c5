import { z } from "zod";

import { ZId } from "../roles/roles.schema";
import { ZGroup } from "./groups.schema";

export const ZGetInput = z.strictObject({ id: ZId("group") });
export const ZGetOutput = ZGroup;

import { z } from "zod";

import { ZGrant, ZGrantInput, ZId } from "../roles/roles.schema";

export const ZAddGrantInput = z.strictObject({ groupId: ZId("group"), ...ZGrantInput });
export const ZAddGrantOutput = ZGrant;

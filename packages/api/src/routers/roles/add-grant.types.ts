import { z } from "zod";

import { ZGrant, ZGrantInput, ZId } from "./roles.schema";

export const ZAddGrantInput = z.strictObject({ roleId: ZId("role"), ...ZGrantInput });
export const ZAddGrantOutput = ZGrant;

import { z } from "zod";

import { ZActivityKind, ZActivityPage, ZPage } from "./activity.schema";

export const ZTimelineInput = z.strictObject({
  /** The client card: a company (with its contacts' activities) or one contact. */
  of: z.union([
    z.strictObject({ companyId: z.uuid("companyId must be an id.") }),
    z.strictObject({ contactId: z.uuid("contactId must be an id.") }),
  ]),
  kinds: z.array(ZActivityKind).min(1).max(4).optional(),
  ...ZPage,
});

export const ZTimelineOutput = ZActivityPage;

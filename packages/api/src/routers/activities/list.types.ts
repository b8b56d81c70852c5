import { z } from "zod";

import { ZActivityKind, ZActivityPage, ZPage } from "./activity.schema";

const ZId = (field: string) => z.uuid(`${field} must be an id.`);

/** The list's filters; `count` takes the same. */
export const ZActivityFilter = z
  .strictObject({
    kinds: z.array(ZActivityKind).min(1).max(4).optional(),
    companyId: ZId("companyId").optional(),
    contactId: ZId("contactId").optional(),
    objectId: ZId("objectId").optional(),
    dealId: ZId("dealId").optional(),
    responsibleId: ZId("responsibleId").optional(),
    /** From this instant, inclusive. */
    from: z.date("from must be a date and time.").optional(),
    /** Up to this instant, exclusive. */
    to: z.date("to must be a date and time.").optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from < filter.to, {
    message: "The period must end after it starts.",
    path: ["to"],
  });

export const ZListInput = z.strictObject({ filter: ZActivityFilter.optional(), ...ZPage });

export const ZListOutput = ZActivityPage;

import { z } from "zod";

import { ZPage, ZTask, ZTaskStatus } from "./task.schema";

const ZId = (field: string) => z.uuid(`${field} must be an id.`);

/** The views and filters of the task list; `count` takes the same. */
export const ZTaskFilter = z
  .strictObject({
    /** mine: assigned to me or I take part; setByMe: I own it; all: every task I may view. */
    view: z.enum(["mine", "setByMe", "all"]).default("all"),
    statuses: z.array(ZTaskStatus).min(1).max(3).optional(),
    /** Due from this instant, inclusive. */
    dueFrom: z.date("dueFrom must be a date and time.").optional(),
    /** Due before this instant, exclusive. */
    dueTo: z.date("dueTo must be a date and time.").optional(),
    dealId: ZId("dealId").optional(),
    companyId: ZId("companyId").optional(),
    contactId: ZId("contactId").optional(),
  })
  .refine((filter) => !filter.dueFrom || !filter.dueTo || filter.dueFrom < filter.dueTo, {
    message: "The due range must end after it starts.",
    path: ["dueTo"],
  });

export const ZListInput = z.strictObject({ filter: ZTaskFilter.optional(), ...ZPage });

export const ZListOutput = z.object({ items: z.array(ZTask), nextCursor: z.string().nullable() });

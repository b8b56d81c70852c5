import { z } from "zod";

import { ZLink } from "../../domain/access/visible-link.schema";
import { ZDealStatus } from "../deals/deal.schema";

export const ZGlobalInput = z.strictObject({
  /** Matched literally (`%` finds a percent sign) and case-insensitively. */
  query: z
    .string()
    .trim()
    .min(2, "Type at least 2 characters to search.")
    .max(200, "Search for at most 200 characters."),
  limitPerKind: z
    .number()
    .int()
    .min(1, "Ask for at least 1 result of each kind.")
    .max(20, "Ask for at most 20 results of each kind.")
    .default(5),
});

/** One kind's best matches, and whether more match than were answered. */
const kind = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), hasMore: z.boolean() });

export const ZGlobalOutput = z.object({
  companies: kind(
    z.object({
      id: z.string(),
      name: z.string(),
      registrationNumber: z.string().nullable(),
      city: z.string().nullable(),
    }),
  ),
  contacts: kind(
    z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      company: ZLink,
    }),
  ),
  deals: kind(
    z.object({
      id: z.string(),
      title: z.string(),
      status: ZDealStatus,
      stage: z.object({ name: z.string() }),
      company: ZLink,
    }),
  ),
});

export type TGlobalInput = z.infer<typeof ZGlobalInput>;
export type TGlobalOutput = z.infer<typeof ZGlobalOutput>;

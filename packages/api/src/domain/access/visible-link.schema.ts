import { z } from "zod";

/**
 * A linked record in an answer: named where the caller may view it, `null` where they may
 * not or where there is no link, the two told apart by nothing (D7).
 */
export const ZLink = z.object({ id: z.string(), name: z.string() }).nullable();

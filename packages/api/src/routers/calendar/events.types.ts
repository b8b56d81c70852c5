import { z } from "zod";

const MAX_DAYS = 62;

export const ZEventsInput = z
  .strictObject({
    /** From this instant, inclusive. */
    from: z.date("from must be a date and time."),
    /** Up to this instant, exclusive. */
    to: z.date("to must be a date and time."),
    /** Whose calendar; the caller's own when left out. */
    employeeId: z.uuid("employeeId must be an employee id.").optional(),
  })
  .refine((input) => input.from < input.to, {
    message: "The period must end after it starts.",
    path: ["to"],
  })
  .refine((input) => input.to.getTime() - input.from.getTime() <= MAX_DAYS * 86_400_000, {
    message: `Ask for at most ${MAX_DAYS} days at a time.`,
    path: ["to"],
  });

export const ZEventsOutput = z.object({
  entries: z.array(
    z.object({
      kind: z.enum(["task", "reminder", "meeting"]),
      id: z.string(),
      title: z.string(),
      startsAt: z.date(),
      endsAt: z.date().nullable(),
      closed: z.boolean(),
      responsible: z.object({ id: z.string(), name: z.string() }),
    }),
  ),
  /** More than 500 of a kind fell in the period: ask for a shorter one. */
  truncated: z.boolean(),
});

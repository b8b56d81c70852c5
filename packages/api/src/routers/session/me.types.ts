import { z } from "zod";

export const ZMeInput = z.void();

export const ZMeOutput = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    locale: z.enum(["en", "ru", "cs"]),
  }),
  employee: z.object({
    id: z.string(),
    name: z.string(),
    position: z.string().nullable(),
    userType: z.enum(["admin", "administration", "employee"]),
  }),
  project: z.object({
    id: z.string(),
    name: z.string(),
  }),
});

export type TMeOutput = z.infer<typeof ZMeOutput>;

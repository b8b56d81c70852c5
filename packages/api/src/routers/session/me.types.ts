import { ZAction, ZResource } from "@charter/core/engine";
import { z } from "zod";

export const ZMeInput = z.void();

/** For each resource whose built-in fields a role may limit (`LIMITABLE_FIELDS`), field names. */
const ZFieldsByResource = z.object({
  company: z.array(z.string()),
  contact: z.array(z.string()),
  deal: z.array(z.string()),
});

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
  /**
   * Every resource of the engine's vocabulary, with the actions the employee may take on at
   * least some of its records (`canReachAny`); `[]` when none. Per-record answers are `can`.
   */
  rights: z.record(ZResource, z.array(ZAction)),
  /** Built-in fields a role's field rule hides from the employee, by resource (never sent). */
  hiddenFields: ZFieldsByResource,
  /** Built-in fields the employee may read but not change, by resource (refused on a write). */
  readOnlyFields: ZFieldsByResource,
});

export type TMeOutput = z.infer<typeof ZMeOutput>;

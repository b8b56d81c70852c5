import { z } from "zod";

import { ZEmployeeCursor } from "../../domain/employees/employee-cursor";

export const ZEmployeeId = z.uuid("Give the id of an employee.");
export const ZVersion = z.number().int().min(1);
export const ZUserType = z.enum(["admin", "administration", "employee"]);
export const ZEmployeeStatus = z.enum(["active", "ip_restricted", "blocked"]);
const ZOptionalId = z.uuid().nullable();
const ZText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

export const ZEmployee = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  position: z.string().nullable(),
  userType: ZUserType,
  managerId: z.string().nullable(),
  departmentId: z.string().nullable(),
  branchId: z.string().nullable(),
  directionId: z.string().nullable(),
  status: ZEmployeeStatus,
  accessExpiresAt: z.date().nullable(),
  reminderIntervalMinutes: z.number().int().nullable(),
  shownInList: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

/** The details an employee has besides the user type, status and access expiry. */
export const ZEmployeeFields = z.strictObject({
  name: ZText(200).min(1, "Give the employee a name."),
  phone: ZText(50).nullable(),
  position: ZText(200).nullable(),
  /** The responsible (manager): an Administration user for an Employee, an Admin for them. */
  managerId: ZOptionalId,
  departmentId: ZOptionalId,
  branchId: ZOptionalId,
  directionId: ZOptionalId,
  shownInList: z.boolean(),
  /** Minutes between reminders; null turns them off. */
  reminderIntervalMinutes: z
    .number()
    .int("Give whole minutes.")
    .min(1, "At least one minute, or empty to turn reminders off.")
    .max(10_080, "At most a week (10080 minutes).")
    .nullable(),
});

export const ZListInput = z.strictObject({
  search: ZText(200).optional(),
  cursor: ZEmployeeCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export const ZListOutput = z.object({
  items: z.array(ZEmployee),
  nextCursor: z.string().nullable(),
});

export const ZGetInput = z.strictObject({ id: ZEmployeeId });

export const ZCreateInput = ZEmployeeFields.partial()
  .extend({
    name: ZEmployeeFields.shape.name,
    email: z.email("Give a valid login e-mail.").max(254),
    password: z.string().min(12, "A password has at least 12 characters.").max(200).optional(),
    /** Chosen here and never again (C2). */
    userType: ZUserType,
    managerId: ZOptionalId,
    status: ZEmployeeStatus.optional(),
    accessExpiresAt: z.date().nullable().optional(),
  })
  .strict();

export const ZUpdateInput = z.strictObject({
  id: ZEmployeeId,
  version: ZVersion,
  fields: ZEmployeeFields.partial().refine((fields) => Object.keys(fields).length > 0, {
    message: "Change at least one field.",
  }),
});

export const ZSetStatusInput = z.strictObject({
  id: ZEmployeeId,
  version: ZVersion,
  status: ZEmployeeStatus,
});

export const ZSetAccessExpiryInput = z.strictObject({
  id: ZEmployeeId,
  version: ZVersion,
  /** null: access without an end. */
  accessExpiresAt: z.date().nullable(),
});

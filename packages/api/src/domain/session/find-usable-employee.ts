import type { PrismaClient } from "@charter/db/client";
import { z } from "zod";

import { buildUsableEmployeeWhere } from "./usable-employee-where";

export const SESSION_EMPLOYEE_SELECT = {
  id: true,
  projectId: true,
  name: true,
  position: true,
  userType: true,
  status: true,
  project: { select: { id: true, name: true } },
} as const;

/**
 * The user's own Employee `employeeId`, while it may act (not blocked, not expired), or null.
 * The one check a project switch passes, both when it is asked for and on every later
 * request: an id of another user's Employee reads exactly like a missing one.
 */
export async function findUsableEmployee(
  db: PrismaClient,
  input: { userId: string; employeeId: string; now: Date },
) {
  if (!z.uuid().safeParse(input.employeeId).success) return null;
  if (!z.uuid().safeParse(input.userId).success) return null;
  return db.employee.findFirst({
    where: { id: input.employeeId, userId: input.userId, ...buildUsableEmployeeWhere(input.now) },
    select: SESSION_EMPLOYEE_SELECT,
  });
}

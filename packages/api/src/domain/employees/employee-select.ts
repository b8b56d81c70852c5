import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";

/** What the API shows of an Employee: the login e-mail from its User, never the password hash. */
export const EMPLOYEE_SELECT = {
  id: true,
  name: true,
  phone: true,
  position: true,
  userType: true,
  managerId: true,
  departmentId: true,
  branchId: true,
  directionId: true,
  status: true,
  accessExpiresAt: true,
  reminderIntervalMinutes: true,
  shownInList: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  user: { select: { email: true } },
} as const satisfies Prisma.EmployeeSelect;

type TEmployeeRecord = Prisma.EmployeeGetPayload<{ select: typeof EMPLOYEE_SELECT }>;

export type TEmployee = Omit<TEmployeeRecord, "user"> & { email: string };

export function presentEmployee(row: TEmployeeRecord): TEmployee {
  const { user, ...rest } = row;
  return { ...rest, email: user.email };
}

export function staleEmployeeVersion(): AppError {
  return new AppError("CONFLICT", { key: "access.staleSaveAgain", params: { thing: "employee" } });
}

export function missingEmployee(): AppError {
  return new AppError("NOT_FOUND", { key: "employees.noSuchEmployee" });
}

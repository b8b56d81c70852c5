import type { RouterOutputs } from "@charter/api";

import type { TBadgeTone } from "~/components/ui/badge";
import type { TPlainMessageKey } from "~/i18n/translate";

export type TEmployee = RouterOutputs["employees"]["get"];
export type TUserType = TEmployee["userType"];
export type TEmployeeStatus = TEmployee["status"];

export const USER_TYPES: readonly TUserType[] = ["admin", "administration", "employee"];
export const EMPLOYEE_STATUSES: readonly TEmployeeStatus[] = ["active", "ip_restricted", "blocked"];

export const USER_TYPE_LABELS: Record<TUserType, TPlainMessageKey> = {
  admin: "settings.employees.userType.admin",
  administration: "settings.employees.userType.administration",
  employee: "settings.employees.userType.employee",
};

export const USER_TYPE_HINTS: Record<TUserType, TPlainMessageKey> = {
  admin: "settings.employees.userType.admin.hint",
  administration: "settings.employees.userType.administration.hint",
  employee: "settings.employees.userType.employee.hint",
};

export const STATUS_LABELS: Record<TEmployeeStatus, TPlainMessageKey> = {
  active: "settings.employees.status.active",
  ip_restricted: "settings.employees.status.ip_restricted",
  blocked: "settings.employees.status.blocked",
};

export const STATUS_HINTS: Record<TEmployeeStatus, TPlainMessageKey> = {
  active: "settings.employees.status.active.hint",
  ip_restricted: "settings.employees.status.ip_restricted.hint",
  blocked: "settings.employees.status.blocked.hint",
};

export const STATUS_TONES: Record<TEmployeeStatus, TBadgeTone> = {
  active: "success",
  ip_restricted: "warning",
  blocked: "danger",
};

/** Who may be an employee's responsible (C2): an Administration user for an Employee, an Admin for them. */
export const MANAGER_TYPE: Record<TUserType, TUserType | null> = {
  admin: null,
  administration: "admin",
  employee: "administration",
};

export function isUserType(value: string | null): value is TUserType {
  return USER_TYPES.some((type) => type === value);
}

export function isEmployeeStatus(value: string | null): value is TEmployeeStatus {
  return EMPLOYEE_STATUSES.some((status) => status === value);
}

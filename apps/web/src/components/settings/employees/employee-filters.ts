import type { TEmployeeStatus, TUserType } from "./employee-labels";

export type TEmployeeFilters = {
  userType: TUserType | null;
  status: TEmployeeStatus | null;
  departmentId: string | null;
  branchId: string | null;
};

type TFilterable = {
  userType: TUserType;
  status: TEmployeeStatus;
  departmentId: string | null;
  branchId: string | null;
};

export function hasFilters(filters: TEmployeeFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

/**
 * The employees matching every filter set. The API filters only by search, so the list runs
 * these over all the employees the reader may see (fetched whole while a filter is on); the
 * server decided who those are, this only narrows them.
 */
export function filterEmployees<E extends TFilterable>(
  employees: readonly E[],
  filters: TEmployeeFilters,
): E[] {
  return employees.filter(
    (employee) =>
      (filters.userType === null || employee.userType === filters.userType) &&
      (filters.status === null || employee.status === filters.status) &&
      (filters.departmentId === null || employee.departmentId === filters.departmentId) &&
      (filters.branchId === null || employee.branchId === filters.branchId),
  );
}

import { validateManager } from "@charter/core/hierarchy";
import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";

type TPlacement = {
  managerId?: string | null | undefined;
  departmentId?: string | null | undefined;
  branchId?: string | null | undefined;
  directionId?: string | null | undefined;
};

/**
 * Checks the responsible with the hierarchy rules before the database's triggers do, so the
 * message names the people involved (C2); a department, branch or direction must belong to
 * the project.
 */
export async function assertPlacement(
  tx: Prisma.TransactionClient,
  projectId: string,
  employee: { id: string; name: string; userType: "admin" | "administration" | "employee" },
  managerId: string | null,
  placement: TPlacement,
): Promise<void> {
  const employees = await tx.employee.findMany({
    where: { projectId },
    select: { id: true, name: true, userType: true, managerId: true, projectId: true },
  });
  const self = employees.find((e) => e.id === employee.id);
  const issues = validateManager(
    { ...employee, projectId, managerId: self?.managerId ?? null },
    managerId,
    employees,
  );
  const [issue] = issues;
  if (issue) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "employees.managerRefused", params: { detail: issue.message } },
      { field: "managerId" },
    );
  }
  await assertInProject(tx, projectId, placement);
}

const PLACEMENT_MISSING = {
  departmentId: "employees.noSuchDepartment",
  branchId: "employees.noSuchBranch",
  directionId: "employees.noSuchDirection",
} as const;

async function assertInProject(
  tx: Prisma.TransactionClient,
  projectId: string,
  placement: TPlacement,
): Promise<void> {
  const checks = [
    [
      "departmentId",
      placement.departmentId,
      (id: string) => tx.department.count({ where: { id, projectId } }),
    ],
    ["branchId", placement.branchId, (id: string) => tx.branch.count({ where: { id, projectId } })],
    [
      "directionId",
      placement.directionId,
      (id: string) => tx.salesDirection.count({ where: { id, projectId } }),
    ],
  ] as const;
  for (const [field, id, count] of checks) {
    if (id && (await count(id)) === 0) {
      throw new AppError("INVALID_INPUT", { key: PLACEMENT_MISSING[field] }, { field });
    }
  }
}

import type { EngineRecord } from "@charter/core/engine";

import { AppError } from "../../errors";
import type { TDbClient } from "../access/project-scope";

/**
 * The employee who would become a record's responsible, with the facts the engine reads
 * through `responsible` and `department`. Only a usable employee of the same project may
 * be responsible; anyone else is an input error on `responsibleId`.
 */
export async function findResponsibleOrThrow(
  db: TDbClient,
  projectId: string,
  employeeId: string,
  now: Date,
) {
  const employee = await db.employee.findFirst({
    where: {
      id: employeeId,
      projectId,
      status: { not: "blocked" },
      OR: [{ accessExpiresAt: null }, { accessExpiresAt: { gt: now } }],
    },
    select: {
      id: true,
      name: true,
      managerPath: true,
      departmentId: true,
      department: { select: { path: true, name: true } },
    },
  });
  if (!employee) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "access.noActiveEmployee" },
      { field: "responsibleId" },
    );
  }
  return employee;
}

type TResponsible = Awaited<ReturnType<typeof findResponsibleOrThrow>>;

/** A company as the engine would see it once saved with this responsible. */
export function buildCompanyDraft(input: {
  projectId: string;
  directionId: string | null;
  typeId: string | null;
  isPartner: boolean;
  responsible: TResponsible;
}): EngineRecord {
  const { responsible } = input;
  return {
    projectId: input.projectId,
    typeId: input.typeId,
    isPartner: input.isPartner,
    directionId: input.directionId,
    responsibleId: responsible.id,
    departmentId: responsible.departmentId,
    responsible: { managerPath: responsible.managerPath, name: responsible.name },
    department: responsible.department,
  };
}

/** A company type must be one of this project's: ids from another project are refused. */
export async function assertCompanyTypeOrThrow(
  db: TDbClient,
  projectId: string,
  typeId: string | null | undefined,
) {
  if (!typeId) return;
  const type = await db.recordType.findFirst({
    where: { id: typeId, projectId },
    select: { id: true },
  });
  if (!type)
    throw new AppError("INVALID_INPUT", { key: "clients.noRecordType" }, { field: "typeId" });
}

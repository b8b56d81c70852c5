import type { EngineRecord } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import type { TDbClient } from "../access/project-scope";
import type { TLinkFacts } from "./links";

/** The facts the engine reads through a record's `responsible` and `department`. */
const OWNER_SELECT = {
  id: true,
  name: true,
  managerPath: true,
  managerId: true,
  userType: true,
  branchId: true,
  departmentId: true,
  department: { select: { path: true, name: true } },
} as const satisfies Prisma.EmployeeSelect;

type TOwner = Prisma.EmployeeGetPayload<{ select: typeof OWNER_SELECT }>;

/** The creator as the responsible of what they create: their standing was checked already. */
export async function findOwner(db: TDbClient, employeeId: string): Promise<TOwner> {
  return db.employee.findUniqueOrThrow({ where: { id: employeeId }, select: OWNER_SELECT });
}

/**
 * An activity, task or reminder as the engine would see it once saved: the creator is its
 * responsible, their sales direction is stamped on it (B3), and the links carry the facts
 * conditions read through them.
 */
export function buildDraft(input: {
  projectId: string;
  directionId: string | null;
  owner: TOwner;
  links: TLinkFacts;
  fields: Record<string, unknown>;
}): EngineRecord {
  const { owner } = input;
  return {
    ...input.fields,
    ...input.links,
    projectId: input.projectId,
    directionId: input.directionId,
    responsibleId: owner.id,
    departmentId: owner.departmentId,
    responsible: {
      name: owner.name,
      managerPath: owner.managerPath,
      managerId: owner.managerId,
      userType: owner.userType,
      branchId: owner.branchId,
    },
    department: owner.department,
  };
}

/** A stored record as it would be after a change: judged too, so no one edits a record into one they could not. */
export function applyChange(
  stored: EngineRecord,
  fields: Record<string, unknown>,
  links: TLinkFacts,
): EngineRecord {
  return { ...stored, ...fields, ...links };
}

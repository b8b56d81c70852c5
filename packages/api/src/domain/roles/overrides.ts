import { Prisma } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { missing, stale } from "./access-errors";
import { assertMayChangeAccess, findHolderOrThrow } from "./access-target";
import { assertValidOverride, type TOverrideInput } from "./validate-rules";

// Per-employee overrides (D4): an allow or a deny on (resource, action), optionally only
// where a condition holds. A deny beats every grant (PERMISSIONS.md step 3).

const AUDIT = { resource: "settings.roles" } as const;

const OVERRIDE_SELECT = {
  id: true,
  employeeId: true,
  resource: true,
  action: true,
  effect: true,
  condition: true,
  note: true,
  createdAt: true,
  version: true,
} as const satisfies Prisma.PermissionOverrideSelect;

export type TOverrideRow = Prisma.PermissionOverrideGetPayload<{ select: typeof OVERRIDE_SELECT }>;

/** An employee's overrides, denies first, as the engine weighs them. */
export async function listOverrides(
  scope: TProjectScope,
  input: { employeeId: string },
): Promise<TOverrideRow[]> {
  await findHolderOrThrow(scope.db, scope.project.id, input.employeeId);
  return scope.db.permissionOverride.findMany({
    where: { employeeId: input.employeeId, employee: { projectId: scope.project.id } },
    orderBy: [{ effect: "desc" }, { resource: "asc" }, { action: "asc" }, { id: "asc" }],
    select: OVERRIDE_SELECT,
  });
}

export async function addOverride(
  scope: TProjectScope,
  input: TOverrideInput & { employeeId: string; note?: string | null | undefined },
): Promise<TOverrideRow> {
  const override = assertValidOverride(input);
  return scope.db.$transaction(async (tx) => {
    const employee = await findHolderOrThrow(tx, scope.project.id, input.employeeId);
    assertMayChangeAccess(scope, "edit", { key: "roles.mayNotOverridesOf", name: employee.name }, [
      employee,
    ]);
    const after = await tx.permissionOverride.create({
      data: {
        employeeId: employee.id,
        resource: override.resource,
        action: override.action,
        effect: override.effect,
        condition: override.condition
          ? (override.condition as Prisma.InputJsonValue)
          : Prisma.DbNull,
        note: input.note ?? null,
      },
      select: OVERRIDE_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "add_override",
      ...AUDIT,
      recordId: employee.id,
      after: { employee: employee.name, ...after },
    });
    return after;
  });
}

export async function removeOverride(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    const before = await tx.permissionOverride.findFirst({
      where: { id: input.id, employee: { projectId: scope.project.id } },
      select: OVERRIDE_SELECT,
    });
    if (!before) throw missing("override");
    const employee = await findHolderOrThrow(tx, scope.project.id, before.employeeId);
    assertMayChangeAccess(scope, "edit", { key: "roles.mayNotOverridesOf", name: employee.name }, [
      employee,
    ]);
    if (before.version !== input.version) throw stale("override");
    const { count } = await tx.permissionOverride.deleteMany({
      where: { id: input.id, version: input.version },
    });
    if (count === 0) throw stale("override");
    await scope.writeAudit(tx, {
      action: "remove_override",
      ...AUDIT,
      recordId: employee.id,
      before: { employee: employee.name, ...before },
    });
  });
}

import type { FieldAccess } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { isUniqueViolation, missing, stale } from "./access-errors";
import { activeHoldersOf, assertMayChangeAccess } from "./access-target";
import { FIELD_RULE_SELECT, type TFieldRuleRow } from "./role-select";
import { assertValidFieldRule } from "./validate-rules";

// Built-in field visibility per role (PERMISSIONS.md "Fields"): e.g. the deal amount hidden
// from the Telephonist. One rule per (role, resource, field).

const AUDIT = { resource: "settings.roles" } as const;

async function findRoleForChange(scope: TProjectScope, tx: Prisma.TransactionClient, id: string) {
  const role = await tx.role.findFirst({
    where: { id, projectId: scope.project.id },
    select: { id: true, name: true },
  });
  if (!role) throw missing("role");
  const holders = await activeHoldersOf(tx, role.id, scope.subject.context.now);
  assertMayChangeAccess(scope, "edit", { key: "roles.mayNotRole", name: role.name }, holders);
  return role;
}

/**
 * Sets the access of one built-in field for a role. Without `version` it adds a rule and
 * refuses if the field already has one; with the version read, it changes that rule.
 */
export async function setFieldRule(
  scope: TProjectScope,
  input: {
    roleId: string;
    resource: string;
    field: string;
    access: FieldAccess;
    version?: number | undefined;
  },
): Promise<TFieldRuleRow> {
  const { resource, field } = assertValidFieldRule(input);
  return scope.db.$transaction(async (tx) => {
    const role = await findRoleForChange(scope, tx, input.roleId);
    const key = { roleId: role.id, resource, field };
    const before = await tx.fieldRule.findUnique({
      where: { roleId_resource_field: key },
      select: FIELD_RULE_SELECT,
    });
    if (before && input.version === undefined) {
      throw new AppError("CONFLICT", {
        key: "roles.fieldRuleExists",
        params: { role: role.name, field: `${resource}.${field}`, access: before.access },
      });
    }
    if (!before && input.version !== undefined) throw missing("fieldRule");
    let after: TFieldRuleRow;
    if (before) {
      if (before.version !== input.version) throw stale("fieldRule");
      const { count } = await tx.fieldRule.updateMany({
        where: { id: before.id, version: before.version },
        data: { access: input.access, version: { increment: 1 } },
      });
      if (count === 0) throw stale("fieldRule");
      after = await tx.fieldRule.findUniqueOrThrow({
        where: { id: before.id },
        select: FIELD_RULE_SELECT,
      });
    } else {
      after = await tx.fieldRule
        .create({ data: { ...key, access: input.access }, select: FIELD_RULE_SELECT })
        .catch((error: unknown) => {
          // Someone added the same field's rule a moment ago.
          throw isUniqueViolation(error) ? stale("fieldRule") : error;
        });
    }
    await scope.writeAudit(tx, {
      action: "set_field_rule",
      ...AUDIT,
      recordId: role.id,
      before: before ? { role: role.name, ...before } : undefined,
      after: { role: role.name, ...after },
    });
    return after;
  });
}

/** The field goes back to what the role's grants allow (`write` where the role is silent). */
export async function removeFieldRule(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    const before = await tx.fieldRule.findFirst({
      where: { id: input.id, role: { projectId: scope.project.id } },
      select: { ...FIELD_RULE_SELECT, roleId: true },
    });
    if (!before) throw missing("fieldRule");
    const role = await findRoleForChange(scope, tx, before.roleId);
    if (before.version !== input.version) throw stale("fieldRule");
    const { count } = await tx.fieldRule.deleteMany({
      where: { id: input.id, version: input.version },
    });
    if (count === 0) throw stale("fieldRule");
    await scope.writeAudit(tx, {
      action: "remove_field_rule",
      ...AUDIT,
      recordId: role.id,
      before: { role: role.name, ...before },
    });
  });
}

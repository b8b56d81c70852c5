import { findRoleTemplate } from "@charter/core/templates";
import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { missing, nameTaken, stale, staleOnMissingRow } from "./access-errors";
import { activeHoldersOf, assertMayChangeAccess, assertNotLockingOut } from "./access-target";
import { findRoleOrThrow } from "./find-roles";
import { findAllRoleHolders } from "./role-holders";
import { ROLE_FIELDS_SELECT, type TRoleDetail } from "./role-select";

// Role definitions (SPEC D1, D2): create, clone, rename or describe, delete. Grants and field
// rules have their own modules; every change is one transaction with its audit entry.

const AUDIT = { resource: "settings.roles" } as const;

export async function createRole(
  scope: TProjectScope,
  input: { name: string; description?: string | null | undefined; readOnly: boolean },
): Promise<TRoleDetail> {
  assertMayChangeAccess(scope, "create", { key: "roles.mayNotRoles" }, []);
  return scope.db
    .$transaction(async (tx) => {
      const { id } = await tx.role.create({
        data: {
          projectId: scope.project.id,
          name: input.name,
          description: input.description ?? null,
          readOnly: input.readOnly,
        },
        select: { id: true },
      });
      const after = await findRoleOrThrow(scope, id, tx);
      await scope.writeAudit(tx, { action: "create", ...AUDIT, recordId: id, after });
      return after;
    })
    .catch((error: unknown) => {
      throw nameTaken(error, input.name, "role");
    });
}

type TCopy = {
  templateKey: string | null;
  description: string | null;
  readOnly: boolean;
  grants: {
    resource: string;
    action: string;
    scope: Prisma.GrantCreateManyRoleInput["scope"];
    condition: unknown;
  }[];
  fieldRules: {
    resource: string;
    field: string;
    access: Prisma.FieldRuleCreateManyRoleInput["access"];
  }[];
};

/**
 * A new role with the grants, field rules and read-only flag of a built-in template (D2) or
 * of another role of the project. Its holders are not copied: a clone starts unassigned.
 */
export async function cloneRole(
  scope: TProjectScope,
  input: {
    roleId?: string | undefined;
    templateKey?: string | undefined;
    name: string;
    description?: string | null | undefined;
  },
): Promise<TRoleDetail> {
  assertMayChangeAccess(scope, "create", { key: "roles.mayNotRoles" }, []);
  return scope.db
    .$transaction(async (tx) => {
      const source = input.roleId
        ? await copyOfRole(scope, tx, input.roleId)
        : copyOfTemplate(input.templateKey ?? "");
      const { id } = await tx.role.create({
        data: {
          projectId: scope.project.id,
          templateKey: source.templateKey,
          name: input.name,
          description: input.description === undefined ? source.description : input.description,
          readOnly: source.readOnly,
          grants: {
            createMany: {
              data: source.grants.map((grant) => ({
                ...grant,
                condition: grant.condition ?? Prisma.DbNull,
              })),
            },
          },
          fieldRules: { createMany: { data: source.fieldRules } },
        },
        select: { id: true },
      });
      const after = await findRoleOrThrow(scope, id, tx);
      await scope.writeAudit(tx, {
        action: "clone",
        ...AUDIT,
        recordId: id,
        after: {
          ...after,
          clonedFrom: input.roleId ? { roleId: input.roleId } : { templateKey: input.templateKey },
        },
      });
      return after;
    })
    .catch((error: unknown) => {
      throw nameTaken(error, input.name, "role");
    });
}

async function copyOfRole(
  scope: TProjectScope,
  tx: Prisma.TransactionClient,
  roleId: string,
): Promise<TCopy> {
  const role = await findRoleOrThrow(scope, roleId, tx);
  return {
    templateKey: role.templateKey,
    description: role.description,
    readOnly: role.readOnly,
    grants: role.grants.map(({ resource, action, scope: grantScope, condition }) => ({
      resource,
      action,
      scope: grantScope,
      condition,
    })),
    fieldRules: role.fieldRules.map(({ resource, field, access }) => ({ resource, field, access })),
  };
}

function copyOfTemplate(templateKey: string): TCopy {
  const template = findRoleTemplate(templateKey);
  if (!template) {
    throw new AppError(
      "NOT_FOUND",
      { key: "roles.noSuchTemplate", params: { template: templateKey } },
      { field: "templateKey" },
    );
  }
  return {
    templateKey: template.key,
    description: template.description,
    readOnly: template.readOnly,
    grants: template.grants.map((grant) => ({
      resource: grant.resource,
      action: grant.action,
      scope: grant.scope,
      condition: grant.condition ?? null,
    })),
    fieldRules: template.fieldRules.map(({ resource, field, access }) => ({
      resource,
      field,
      access,
    })),
  };
}

/**
 * Renames or describes a role, or switches its read-only flag. Only the flag changes what
 * holders may do, so only then is the change judged for each of them (step 5).
 */
export async function updateRole(
  scope: TProjectScope,
  input: {
    id: string;
    version: number;
    name?: string | undefined;
    description?: string | null | undefined;
    readOnly?: boolean | undefined;
  },
): Promise<TRoleDetail> {
  const { id, version, ...changes } = input;
  return scope.db
    .$transaction(async (tx) => {
      const before = await findRoleOrThrow(scope, id, tx);
      const changesAccess = changes.readOnly !== undefined && changes.readOnly !== before.readOnly;
      const holders = changesAccess ? await activeHoldersOf(tx, id, scope.subject.context.now) : [];
      assertMayChangeAccess(scope, "edit", { key: "roles.mayNotRole", name: before.name }, holders);
      assertNotLockingOut(
        scope,
        { name: before.name, readOnly: changes.readOnly === true },
        holders,
      );
      if (before.version !== version) throw stale("role");
      await tx.role
        .update({
          where: { id, version },
          data: { ...changes, version: { increment: 1 } },
          select: ROLE_FIELDS_SELECT,
        })
        .catch((error: unknown) => {
          throw staleOnMissingRow(error, "role");
        });
      const after = await findRoleOrThrow(scope, id, tx);
      await scope.writeAudit(tx, {
        action: "update",
        ...AUDIT,
        recordId: id,
        before: roleFields(before),
        after: roleFields(after),
      });
      return after;
    })
    .catch((error: unknown) => {
      throw nameTaken(error, changes.name, "role");
    });
}

function roleFields(role: TRoleDetail) {
  const { id, name, description, templateKey, readOnly, version } = role;
  return { id, name, description, templateKey, readOnly, version };
}

/**
 * Deletes a role no one holds. Deleting a role someone holds would silently take rights
 * away from them, so it is refused with their names; an expired assignment gives nothing
 * and goes with the role (the audit entry keeps it). The role row is locked first, so an
 * assignment made meanwhile either is seen here or fails on its foreign key.
 */
export async function deleteRole(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Role" WHERE "id" = ${input.id}::uuid AND "projectId" = ${scope.project.id}::uuid FOR UPDATE`;
    const role = await findRoleOrThrow(scope, input.id, tx);
    assertMayChangeAccess(scope, "delete", { key: "roles.mayNotRole", name: role.name }, []);
    if (role.version !== input.version) throw stale("role");
    const before = {
      ...role,
      holders: await findAllRoleHolders(tx, input.id, scope.subject.context.now),
    };
    const holders = before.holders.filter((holder) => holder.active);
    if (holders.length > 0)
      throw stillHeld(
        before.name,
        holders.map((holder) => holder.name),
      );
    const { count } = await tx.role.deleteMany({
      where: { id: input.id, version: input.version, projectId: scope.project.id },
    });
    if (count === 0) throw missing("role");
    await scope.writeAudit(tx, { action: "delete", ...AUDIT, recordId: input.id, before });
  });
}

function stillHeld(role: string, names: string[]): AppError {
  const shown = names.slice(0, 5).join(", ");
  if (names.length === 1) {
    return new AppError("CONFLICT", { key: "roles.heldByOne", params: { role, names: shown } });
  }
  if (names.length <= 5) {
    const params = { role, count: names.length, names: shown };
    return new AppError("CONFLICT", { key: "roles.heldByMany", params });
  }
  const params = { role, count: names.length, names: shown, more: names.length - 5 };
  return new AppError("CONFLICT", { key: "roles.heldByManyMore", params });
}

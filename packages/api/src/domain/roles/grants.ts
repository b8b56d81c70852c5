import type { Grant } from "@charter/core/engine";
import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { missing, stale } from "./access-errors";
import { activeHoldersOf, assertMayChangeAccess, membersOf } from "./access-target";
import { GRANT_SELECT, type TGrantRow } from "./role-select";
import { assertValidGrant, assertValidGroupGrant, type TGrantInput } from "./validate-rules";

// Grants held by a role or by a CRM group: the same rows, the same validation by the engine,
// and the same step 5 (a grant changes the access of every holder or member at once).

export type TGrantOwnerKind = "role" | "group";

type TOwner = { kind: TGrantOwnerKind; id: string; name: string };

const AUDIT = { resource: "settings.roles" } as const;

function validate(kind: TGrantOwnerKind, input: TGrantInput): Grant {
  return kind === "role" ? assertValidGrant(input) : assertValidGroupGrant(input);
}

async function findOwnerOrThrow(
  scope: TProjectScope,
  tx: Prisma.TransactionClient,
  kind: TGrantOwnerKind,
  id: string,
): Promise<TOwner> {
  const where = { id, projectId: scope.project.id };
  const row =
    kind === "role"
      ? await tx.role.findFirst({ where, select: { id: true, name: true } })
      : await tx.crmGroup.findFirst({ where, select: { id: true, name: true } });
  if (!row) throw missing(kind);
  return { kind, ...row };
}

/** Step 5 on everyone the owner's grants reach now. */
async function assertMayChangeOwner(
  scope: TProjectScope,
  tx: Prisma.TransactionClient,
  owner: TOwner,
): Promise<void> {
  const holders =
    owner.kind === "role"
      ? await activeHoldersOf(tx, owner.id, scope.subject.context.now)
      : await membersOf(tx, owner.id);
  assertMayChangeAccess(
    scope,
    "edit",
    { key: owner.kind === "role" ? "roles.mayNotRole" : "roles.mayNotGroup", name: owner.name },
    holders,
  );
}

function ownerColumn(owner: { kind: TGrantOwnerKind; id: string }) {
  return owner.kind === "role" ? { roleId: owner.id } : { groupId: owner.id };
}

function toJson(condition: Grant["condition"]) {
  return condition ? (condition as Prisma.InputJsonValue) : Prisma.DbNull;
}

export async function addGrant(
  scope: TProjectScope,
  kind: TGrantOwnerKind,
  input: TGrantInput & { ownerId: string },
): Promise<TGrantRow> {
  const grant = validate(kind, input);
  return scope.db.$transaction(async (tx) => {
    const owner = await findOwnerOrThrow(scope, tx, kind, input.ownerId);
    await assertMayChangeOwner(scope, tx, owner);
    await assertNoTwin(tx, owner, grant);
    const after = await tx.grant.create({
      data: {
        ...ownerColumn(owner),
        resource: grant.resource,
        action: grant.action,
        scope: grant.scope,
        condition: toJson(grant.condition),
      },
      select: GRANT_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "add_grant",
      ...AUDIT,
      recordId: owner.id,
      after: { [kind]: owner.name, ...after },
    });
    return after;
  });
}

/** Changes a grant's scope or condition; its resource and action are what it is. */
export async function updateGrant(
  scope: TProjectScope,
  kind: TGrantOwnerKind,
  input: { id: string; version: number; scope?: string | undefined; condition?: unknown },
): Promise<TGrantRow> {
  return scope.db.$transaction(async (tx) => {
    const { owner, before } = await findGrantOrThrow(scope, tx, kind, input.id);
    const grant = validate(kind, {
      resource: before.resource,
      action: before.action,
      scope: input.scope ?? before.scope,
      condition: input.condition === undefined ? before.condition : input.condition,
    });
    await assertMayChangeOwner(scope, tx, owner);
    if (before.version !== input.version) throw stale("grant");
    const { count } = await tx.grant.updateMany({
      where: { id: input.id, version: input.version },
      data: { scope: grant.scope, condition: toJson(grant.condition), version: { increment: 1 } },
    });
    if (count === 0) throw stale("grant");
    const after = await tx.grant.findUniqueOrThrow({
      where: { id: input.id },
      select: GRANT_SELECT,
    });
    await scope.writeAudit(tx, {
      action: "update_grant",
      ...AUDIT,
      recordId: owner.id,
      before: { [kind]: owner.name, ...before },
      after: { [kind]: owner.name, ...after },
    });
    return after;
  });
}

export async function removeGrant(
  scope: TProjectScope,
  kind: TGrantOwnerKind,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    const { owner, before } = await findGrantOrThrow(scope, tx, kind, input.id);
    await assertMayChangeOwner(scope, tx, owner);
    if (before.version !== input.version) throw stale("grant");
    const { count } = await tx.grant.deleteMany({
      where: { id: input.id, version: input.version },
    });
    if (count === 0) throw stale("grant");
    await scope.writeAudit(tx, {
      action: "remove_grant",
      ...AUDIT,
      recordId: owner.id,
      before: { [kind]: owner.name, ...before },
    });
  });
}

/** A grant of a role (or group) of the caller's project; another project's is NOT_FOUND. */
async function findGrantOrThrow(
  scope: TProjectScope,
  tx: Prisma.TransactionClient,
  kind: TGrantOwnerKind,
  id: string,
): Promise<{ owner: TOwner; before: TGrantRow }> {
  const inProject = { projectId: scope.project.id };
  const row = await tx.grant.findFirst({
    where: kind === "role" ? { id, role: inProject } : { id, group: inProject },
    select: {
      ...GRANT_SELECT,
      role: { select: { id: true, name: true } },
      group: { select: { id: true, name: true } },
    },
  });
  const holder = kind === "role" ? row?.role : row?.group;
  if (!row || !holder) throw missing("grant");
  const { role: _role, group: _group, ...before } = row;
  return { owner: { kind, ...holder }, before };
}

/** The same right twice says nothing more and hides which one a later edit meant. */
async function assertNoTwin(
  tx: Prisma.TransactionClient,
  owner: TOwner,
  grant: Grant,
): Promise<void> {
  const siblings = await tx.grant.findMany({
    where: {
      ...ownerColumn(owner),
      resource: grant.resource,
      action: grant.action,
      scope: grant.scope,
    },
    select: { condition: true },
  });
  const wanted = canonical(grant.condition ?? null);
  if (siblings.some((sibling) => canonical(sibling.condition) === wanted)) {
    throw new AppError("CONFLICT", {
      key: owner.kind === "role" ? "roles.roleGrantExists" : "roles.groupGrantExists",
      params: {
        name: owner.name,
        action: grant.action,
        resource: grant.resource,
        scope: grant.scope,
      },
    });
  }
}

// jsonb stores object keys in its own order, so compare conditions with sorted keys.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

import type { PrismaClient } from "@charter/db/client";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

import { callerFor, DEMO_B2B, findPersona } from "../../testing/personas";

// Helpers shared by the roles and groups tests: new employees to change rights on (so the
// seeded personas keep theirs), the seeded roles, and the audit trail.

/** A new Employee under Petrov in the B2B project, signed in by its e-mail (`callerFor`). */
export async function createRep(db: PrismaClient) {
  const admin = await callerFor(db, "admin");
  const petrov = await findPersona(db, "petrov");
  const email = `rep-${crypto.randomUUID()}@example.test`;
  const employee = await admin.employees.create({
    name: `Rep ${email.slice(4, 12)}`,
    email,
    password: "a-long-first-password",
    userType: "employee",
    managerId: petrov.id,
  });
  return { id: employee.id, name: employee.name, email };
}

/** The B2B project's copy of a built-in template (SPEC D2). */
export async function seededRole(db: PrismaClient, templateKey: string) {
  return db.role.findFirstOrThrow({
    where: { templateKey, project: { slug: DEMO_B2B } },
    select: { id: true, name: true, version: true },
  });
}

/** The newest audit entry of `action` on `recordId`. */
export async function lastAudit(db: PrismaClient, recordId: string, action: string) {
  return db.auditEntry.findFirstOrThrow({
    where: { recordId, action },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/** Awaits a call that must fail with `code`, its message matching `message`; returns the error. */
export async function expectRefusal(
  call: Promise<unknown>,
  code: TRPCError["code"],
  message: RegExp = /./,
): Promise<TRPCError & { details?: { rule?: string } }> {
  const error: unknown = await call.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  expect((error as TRPCError).message).toMatch(message);
  return error as TRPCError & { details?: { rule?: string } };
}

/** What the permission-relevant tables hold, to prove a refused call changed nothing. */
export async function accessSnapshot(db: PrismaClient) {
  const [roles, grants, fieldRules, assignments, groups, members, overrides, project, audit] =
    await Promise.all([
      db.role.findMany({ orderBy: { id: "asc" } }),
      db.grant.findMany({ orderBy: { id: "asc" } }),
      db.fieldRule.findMany({ orderBy: { id: "asc" } }),
      db.roleAssignment.findMany({ orderBy: { id: "asc" } }),
      db.crmGroup.findMany({ orderBy: { id: "asc" } }),
      db.crmGroupMember.findMany({ orderBy: [{ groupId: "asc" }, { employeeId: "asc" }] }),
      db.permissionOverride.findMany({ orderBy: { id: "asc" } }),
      db.project.findFirstOrThrow({
        where: { slug: DEMO_B2B },
        select: { permissionVersion: true },
      }),
      db.auditEntry.count(),
    ]);
  return { roles, grants, fieldRules, assignments, groups, members, overrides, project, audit };
}

/** `expect.objectContaining`, typed so it nests in a `toMatchObject` shape. */
export const containing = (shape: object): unknown => expect.objectContaining(shape) as unknown;

/** `expect.arrayContaining`, typed likewise. */
export const including = (items: unknown[]): unknown => expect.arrayContaining(items) as unknown;

import {
  canReachAny,
  decide,
  type Action,
  type EngineRecord,
  type RecordResource,
  type Resource,
  type Subject,
} from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";
import { engineRecordSelect, toEngineRecord } from "@charter/db/permissions";
import { describe, expect, it } from "vitest";

import { findFirstOf } from "../domain/access/record-models";
import { loadSubject } from "../domain/subject/load-subject";
import { appRouter } from "../root";
import { callerFor, findPersona, useSeededDatabase } from "../testing/personas";

const getDb = useSeededDatabase();

// Every seeded persona of the B2B project, each acting from an allowed address.
const PERSONAS = [
  "admin",
  "director",
  "petrov",
  "dvorakova",
  "ivanova",
  "cerny",
  "marek",
  "novotny",
  "horakova",
  "prochazka",
  "vesela",
  "auditor",
  "external",
];

type TCaller = Awaited<ReturnType<typeof callerFor>>;
type TFixture = { id: string; version: number; responsibleId: string; parentId?: string };
type TFixtureKind =
  | "company"
  | "contact"
  | "object"
  | "section"
  | "field"
  | "ipRange"
  | "recordType"
  | "employee"
  | "department"
  | "branch"
  | "direction"
  | "workGroup";
type TCase = {
  /** The action the procedure performs; null when none. */
  action: Action | null;
  /** The resource it acts on; a company unless named. */
  resource?: Resource;
  /**
   * How the engine's answer is found: on the fixture record (the default), on the resource at
   * all (`canReachAny`: lists, counts, settings), or not compared (a create, judged on a draft).
   */
  judge?: "record" | "reach" | "none";
  /** The fixture the call works on; a company unless named. */
  fixture?: TFixtureKind;
  /** Mutations get a fresh fixture each call, so one persona's delete does not hide the next. */
  fresh: boolean;
  call: (caller: TCaller, fixture: TFixture, ivanovaId: string) => Promise<unknown>;
};

const CONTACT_CASES: Record<string, TCase> = {
  "contacts.list": {
    action: "view",
    resource: "contact",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.contacts.list({ limit: 1 }),
  },
  "contacts.count": {
    action: "view",
    resource: "contact",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.contacts.count({}),
  },
  "contacts.get": {
    action: "view",
    resource: "contact",
    fixture: "contact",
    fresh: false,
    call: (caller, contact) => caller.contacts.get({ id: contact.id }),
  },
  "contacts.create": {
    action: "create",
    resource: "contact",
    judge: "none",
    fresh: false,
    call: (caller) => caller.contacts.create({ firstName: "Matrix", lastName: "Contact" }),
  },
  "contacts.update": {
    action: "edit",
    resource: "contact",
    fixture: "contact",
    fresh: true,
    call: (caller, contact) =>
      caller.contacts.update({
        id: contact.id,
        version: contact.version,
        fields: { position: "Buyer" },
      }),
  },
  "contacts.delete": {
    action: "delete",
    resource: "contact",
    fixture: "contact",
    fresh: true,
    call: (caller, contact) => caller.contacts.delete({ id: contact.id, version: contact.version }),
  },
  "contacts.assign": {
    action: "assign",
    resource: "contact",
    fixture: "contact",
    fresh: true,
    call: (caller, contact) =>
      caller.contacts.assign({
        id: contact.id,
        version: contact.version,
        responsibleId: contact.responsibleId,
      }),
  },
};

const OBJECT_CASES: Record<string, TCase> = {
  "objects.list": {
    action: "view",
    resource: "object",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.objects.list({ limit: 1 }),
  },
  "objects.get": {
    action: "view",
    resource: "object",
    fixture: "object",
    fresh: false,
    call: (caller, object) => caller.objects.get({ id: object.id }),
  },
  "objects.create": {
    action: "create",
    resource: "object",
    judge: "none",
    fresh: false,
    call: (caller) => caller.objects.create({ name: "Matrix warehouse" }),
  },
  "objects.update": {
    action: "edit",
    resource: "object",
    fixture: "object",
    fresh: true,
    call: (caller, object) =>
      caller.objects.update({
        id: object.id,
        version: object.version,
        fields: { address: "Brno" },
      }),
  },
  "objects.delete": {
    action: "delete",
    resource: "object",
    fixture: "object",
    fresh: true,
    call: (caller, object) => caller.objects.delete({ id: object.id, version: object.version }),
  },
};

// Settings of sections and fields are judged on the resource: they are not records.
const settings = (action: Action, fixture: TFixtureKind | undefined, fresh: boolean) =>
  ({ action, resource: "settings.fields", judge: "reach", fixture, fresh }) as const;

const FIELDS_CASES: Record<string, TCase> = {
  "fields.listTypes": {
    ...settings("view", undefined, false),
    call: (caller) => caller.fields.listTypes({}),
  },
  "fields.createType": {
    ...settings("create", undefined, false),
    call: (caller) =>
      caller.fields.createType({ kind: "object", name: `Matrix ${crypto.randomUUID()}` }),
  },
  "fields.renameType": {
    ...settings("edit", "recordType", true),
    call: (caller, type) =>
      caller.fields.renameType({
        id: type.id,
        version: type.version,
        name: `Renamed ${crypto.randomUUID()}`,
      }),
  },
  "fields.deleteType": {
    ...settings("delete", "recordType", true),
    call: (caller, type) => caller.fields.deleteType({ id: type.id, version: type.version }),
  },
  "fields.listSections": {
    ...settings("view", undefined, false),
    call: (caller) => caller.fields.listSections({ kind: "company" }),
  },
  "fields.createSection": {
    ...settings("create", undefined, false),
    call: (caller) => caller.fields.createSection({ kind: "company", name: "Matrix section" }),
  },
  "fields.renameSection": {
    ...settings("edit", "section", true),
    call: (caller, section) =>
      caller.fields.renameSection({ id: section.id, version: section.version, name: "Renamed" }),
  },
  "fields.limitSection": {
    ...settings("edit", "section", true),
    call: (caller, section) =>
      caller.fields.limitSection({ id: section.id, version: section.version, groupIds: [] }),
  },
  "fields.reorderSections": {
    ...settings("edit", undefined, false),
    call: async (caller) =>
      caller.fields.reorderSections({
        kind: "object",
        typeId: null,
        sectionIds: await sectionOrder("object"),
      }),
  },
  "fields.deleteSection": {
    ...settings("delete", "section", true),
    call: (caller, section) =>
      caller.fields.deleteSection({ id: section.id, version: section.version }),
  },
  "fields.createField": {
    ...settings("create", "section", false),
    call: (caller, section) =>
      caller.fields.createField({ sectionId: section.id, label: "Matrix field", type: "text" }),
  },
  "fields.updateField": {
    ...settings("edit", "field", true),
    call: (caller, field) =>
      caller.fields.updateField({ id: field.id, version: field.version, label: "Renamed" }),
  },
  "fields.reorderFields": {
    ...settings("edit", "field", true),
    call: (caller, field) =>
      caller.fields.reorderFields({ sectionId: field.parentId ?? "", fieldIds: [field.id] }),
  },
  "fields.deleteField": {
    ...settings("delete", "field", true),
    call: (caller, field) => caller.fields.deleteField({ id: field.id, version: field.version }),
  },
};

// Security settings and the audit log are judged on the resource: they are not records.
const SECURITY_CASES: Record<string, TCase> = {
  "security.listIpRanges": {
    action: "view",
    resource: "settings.security",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.security.listIpRanges({}),
  },
  "security.createIpRange": {
    action: "create",
    resource: "settings.security",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.security.createIpRange({ range: "192.0.2.200" }),
  },
  "security.deleteIpRange": {
    action: "delete",
    resource: "settings.security",
    judge: "reach",
    fixture: "ipRange",
    fresh: true,
    call: (caller, range) =>
      caller.security.deleteIpRange({ id: range.id, version: range.version }),
  },
  "audit.list": {
    action: "view",
    resource: "audit",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.audit.list({ limit: 1 }),
  },
};

// Employees are settings, judged on the resource; step 5 only refuses changing an Admin, and
// the fixture is an Employee reporting to the owner's manager (`parentId`).
const employees = (action: Action, fresh: boolean) =>
  ({ action, resource: "settings.employees", judge: "reach", fixture: "employee", fresh }) as const;
const EMPLOYEE_CASES: Record<string, TCase> = {
  "employees.list": {
    ...employees("view", false),
    call: (caller) => caller.employees.list({ limit: 1 }),
  },
  "employees.get": {
    ...employees("view", false),
    call: (caller, employee) => caller.employees.get({ id: employee.id }),
  },
  "employees.create": {
    ...employees("create", false),
    call: (caller, employee) =>
      caller.employees.create({
        name: "Matrix Employee",
        email: `matrix-${crypto.randomUUID()}@example.test`,
        password: "matrix-password-1",
        userType: "employee",
        managerId: employee.parentId ?? null,
      }),
  },
  "employees.update": {
    ...employees("edit", true),
    call: (caller, employee) =>
      caller.employees.update({
        id: employee.id,
        version: employee.version,
        fields: { position: "Matrix position" },
      }),
  },
  "employees.setStatus": {
    ...employees("edit", true),
    call: (caller, employee) =>
      caller.employees.setStatus({
        id: employee.id,
        version: employee.version,
        status: "ip_restricted",
      }),
  },
  "employees.setAccessExpiry": {
    ...employees("edit", true),
    call: (caller, employee) =>
      caller.employees.setAccessExpiry({
        id: employee.id,
        version: employee.version,
        accessExpiresAt: new Date(Date.now() + 86_400_000),
      }),
  },
};

// Org structure is settings, judged on the resource; its fixtures are fresh rows of the
// owner's project (a work group has the owner as its member).
const org = (action: Action, fixture: TFixtureKind | undefined, fresh: boolean) =>
  ({ action, resource: "settings.org", judge: "reach", fixture, fresh }) as const;
const unique = () => `Matrix ${crypto.randomUUID()}`;
const ORG_CASES: Record<string, TCase> = {
  "org.listDepartments": {
    ...org("view", undefined, false),
    call: (caller) => caller.org.listDepartments({}),
  },
  "org.createDepartment": {
    ...org("create", undefined, false),
    call: (caller) => caller.org.createDepartment({ name: unique(), parentId: null }),
  },
  "org.renameDepartment": {
    ...org("edit", "department", true),
    call: (caller, d) =>
      caller.org.renameDepartment({ id: d.id, version: d.version, name: unique() }),
  },
  "org.moveDepartment": {
    ...org("edit", "department", true),
    call: (caller, d) =>
      caller.org.moveDepartment({ id: d.id, version: d.version, parentId: null }),
  },
  "org.deleteDepartment": {
    ...org("delete", "department", true),
    call: (caller, d) => caller.org.deleteDepartment({ id: d.id, version: d.version }),
  },
  "org.listBranches": {
    ...org("view", undefined, false),
    call: (caller) => caller.org.listBranches({}),
  },
  "org.createBranch": {
    ...org("create", undefined, false),
    call: (caller) => caller.org.createBranch({ name: unique() }),
  },
  "org.updateBranch": {
    ...org("edit", "branch", true),
    call: (caller, b) => caller.org.updateBranch({ id: b.id, version: b.version, city: "Plzeň" }),
  },
  "org.deleteBranch": {
    ...org("delete", "branch", true),
    call: (caller, b) => caller.org.deleteBranch({ id: b.id, version: b.version }),
  },
  "org.listDirections": {
    ...org("view", undefined, false),
    call: (caller) => caller.org.listDirections({}),
  },
  "org.createDirection": {
    ...org("create", undefined, false),
    call: (caller) =>
      caller.org.createDirection({ code: crypto.randomUUID().slice(0, 8), name: unique() }),
  },
  "org.updateDirection": {
    ...org("edit", "direction", true),
    call: (caller, d) =>
      caller.org.updateDirection({ id: d.id, version: d.version, name: unique() }),
  },
  "org.deleteDirection": {
    ...org("delete", "direction", true),
    call: (caller, d) => caller.org.deleteDirection({ id: d.id, version: d.version }),
  },
  "org.listWorkGroups": {
    ...org("view", undefined, false),
    call: (caller) => caller.org.listWorkGroups({}),
  },
  "org.createWorkGroup": {
    ...org("create", undefined, false),
    call: (caller) => caller.org.createWorkGroup({ name: unique() }),
  },
  "org.updateWorkGroup": {
    ...org("edit", "workGroup", true),
    call: (caller, g) =>
      caller.org.updateWorkGroup({ id: g.id, version: g.version, name: unique() }),
  },
  "org.deleteWorkGroup": {
    ...org("delete", "workGroup", true),
    call: (caller, g) => caller.org.deleteWorkGroup({ id: g.id, version: g.version }),
  },
  "org.setWorkGroupMember": {
    ...org("edit", "workGroup", true),
    call: (caller, g, ivanovaId) =>
      caller.org.setWorkGroupMember({
        workGroupId: g.id,
        employeeId: ivanovaId,
        memberRole: "tester",
      }),
  },
  "org.removeWorkGroupMember": {
    ...org("edit", "workGroup", true),
    call: (caller, g) =>
      caller.org.removeWorkGroupMember({ workGroupId: g.id, employeeId: g.responsibleId }),
  },
};

// One case per procedure of the router: a new procedure without a case fails the test below.
const CASES: Record<string, TCase> = {
  "session.me": { action: null, fresh: false, call: (caller) => caller.session.me() },
  "companies.list": {
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.companies.list({ limit: 1 }),
  },
  "companies.count": {
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.companies.count({}),
  },
  "companies.get": {
    action: "view",
    fresh: false,
    call: (caller, company) => caller.companies.get({ id: company.id }),
  },
  "companies.create": {
    action: "create",
    judge: "none",
    fresh: false,
    call: (caller) => caller.companies.create({ name: "Matrix s.r.o." }),
  },
  "companies.update": {
    action: "edit",
    fresh: true,
    call: (caller, company) =>
      caller.companies.update({
        id: company.id,
        version: company.version,
        fields: { city: "Olomouc" },
      }),
  },
  "companies.delete": {
    action: "delete",
    fresh: true,
    call: (caller, company) =>
      caller.companies.delete({ id: company.id, version: company.version }),
  },
  "companies.assign": {
    action: "assign",
    fresh: true,
    call: (caller, company) =>
      caller.companies.assign({
        id: company.id,
        version: company.version,
        responsibleId: company.responsibleId,
      }),
  },
  ...CONTACT_CASES,
  ...OBJECT_CASES,
  ...FIELDS_CASES,
  ...SECURITY_CASES,
  ...EMPLOYEE_CASES,
  ...ORG_CASES,
  "permissions.explain": {
    action: null,
    fresh: false,
    call: (caller, company, ivanovaId) =>
      caller.permissions.explain({
        employeeId: ivanovaId,
        resource: "company",
        action: "edit",
        recordId: company.id,
      }),
  },
};

async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? "THREW";
  }
}

/** What the engine says the API must answer for `action` on `record`. */
function expectedOutcome(
  subject: Subject,
  action: Action,
  resource: RecordResource,
  record: EngineRecord,
): string {
  if (!canReachAny(subject, action, resource)) return "FORBIDDEN";
  if (!decide(subject, "view", resource, record).allowed) return "NOT_FOUND";
  return decide(subject, action, resource, record).allowed ? "ok" : "FORBIDDEN";
}

/** The current order of a card's sections every type shows, to reorder it unchanged. */
async function sectionOrder(kind: "company" | "contact" | "object"): Promise<string[]> {
  const db = getDb();
  const { projectId } = await findPersona(db, "admin");
  const sections = await db.section.findMany({
    where: { projectId, kind, typeId: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return sections.map((section) => section.id);
}

const SELECT_FIXTURE = { id: true, version: true, responsibleId: true } as const;

async function createFixture(
  db: PrismaClient,
  kind: TFixtureKind,
  responsibleName: string,
): Promise<TFixture> {
  const responsible = await findPersona(db, responsibleName);
  const { directionId, managerId } = await db.employee.findUniqueOrThrow({
    where: { id: responsible.id },
  });
  const owned = { projectId: responsible.projectId, responsibleId: responsible.id, directionId };
  const name = `Fixture of ${responsibleName}`;
  switch (kind) {
    case "company":
      return db.company.create({ data: { ...owned, name }, select: SELECT_FIXTURE });
    case "contact":
      return db.contact.create({
        data: { ...owned, firstName: "Fixture", lastName: responsibleName },
        select: SELECT_FIXTURE,
      });
    case "object":
      return db.crmObject.create({ data: { ...owned, name }, select: SELECT_FIXTURE });
    case "recordType": {
      const type = await db.recordType.create({
        data: { projectId: responsible.projectId, kind: "object", name: crypto.randomUUID() },
      });
      return { ...type, responsibleId: responsible.id };
    }
    case "ipRange": {
      const range = await db.allowedIpRange.create({
        data: { projectId: responsible.projectId, fromIp: "192.0.2.100", toIp: "192.0.2.100" },
      });
      return { ...range, responsibleId: responsible.id };
    }
    case "employee": {
      const user = await db.user.create({
        data: { email: `fixture-${crypto.randomUUID()}@example.test`, name, passwordHash: "-" },
      });
      const employee = await db.employee.create({
        data: {
          projectId: responsible.projectId,
          userId: user.id,
          name,
          userType: "employee",
          managerId,
        },
      });
      return { ...employee, responsibleId: responsible.id, parentId: managerId ?? undefined };
    }
    case "department": {
      const row = await db.department.create({
        data: { projectId: responsible.projectId, name: `${name} ${crypto.randomUUID()}` },
      });
      return { id: row.id, version: row.version, responsibleId: responsible.id };
    }
    case "branch": {
      const row = await db.branch.create({
        data: { projectId: responsible.projectId, name: `${name} ${crypto.randomUUID()}` },
      });
      return { ...row, responsibleId: responsible.id };
    }
    case "direction": {
      const row = await db.salesDirection.create({
        data: { projectId: responsible.projectId, code: crypto.randomUUID(), name },
      });
      return { ...row, responsibleId: responsible.id };
    }
    case "workGroup": {
      const row = await db.workGroup.create({
        data: {
          projectId: responsible.projectId,
          name: `${name} ${crypto.randomUUID()}`,
          members: { create: { employeeId: responsible.id, memberRole: "programmer" } },
        },
      });
      return { ...row, responsibleId: responsible.id };
    }
    case "section":
    case "field": {
      const section = await db.section.create({
        data: { projectId: responsible.projectId, kind: "company", name, position: 1000 },
      });
      if (kind === "section") return { ...section, responsibleId: responsible.id };
      const field = await db.customField.create({
        data: {
          projectId: responsible.projectId,
          sectionId: section.id,
          key: "fixture",
          label: name,
          type: "text",
        },
      });
      return { ...field, responsibleId: responsible.id, parentId: section.id };
    }
  }
}

describe("who can reach each procedure", () => {
  it("every procedure of the router has a case", () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(CASES).sort());
  });

  it("answers every persona as the engine decides, on a company inside and outside their reach", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const matrix: Record<string, Record<string, string>> = {};

    for (const owner of ["ivanova", "horakova"]) {
      const shared = new Map<TFixtureKind, TFixture>();
      for (const kind of [
        "company",
        "contact",
        "object",
        "section",
        "field",
        "ipRange",
        "employee",
      ] as const) {
        shared.set(kind, await createFixture(db, kind, owner));
      }
      for (const persona of PERSONAS) {
        const employee = await findPersona(db, persona);
        const row: Record<string, string> = {};
        for (const [path, testCase] of Object.entries(CASES)) {
          const kind = testCase.fixture ?? "company";
          const fixture = testCase.fresh
            ? await createFixture(db, kind, owner)
            : (shared.get(kind) as TFixture);
          const loaded = await loadSubject(db, {
            employeeId: employee.id,
            clientIp: "127.0.0.1",
            now: new Date(),
          });
          const resource = testCase.resource ?? "company";
          const judge = testCase.judge ?? "record";
          const stored =
            judge === "record" && (kind === "company" || kind === "contact" || kind === "object")
              ? await findFirstOf(
                  db,
                  kind,
                )({ where: { id: fixture.id }, select: engineRecordSelect(kind) })
              : null;
          const actual = await outcomeOf(
            testCase.call(await callerFor(db, persona), fixture, ivanova.id),
          );
          if (testCase.action && judge !== "none" && loaded) {
            const expected =
              judge === "reach" || !stored
                ? canReachAny(loaded.subject, testCase.action, resource)
                  ? "ok"
                  : "FORBIDDEN"
                : expectedOutcome(
                    loaded.subject,
                    testCase.action,
                    resource as RecordResource,
                    toEngineRecord(stored),
                  );
            expect({ persona, path, owner, outcome: actual }).toEqual({
              persona,
              path,
              owner,
              outcome: expected,
            });
          }
          row[path] = actual;
        }
        matrix[`${persona} on ${owner}'s company`] = row;
      }
    }

    // A diff here is a permission change: review it, never refresh it blindly.
    expect(matrix).toMatchSnapshot();
  }, 600_000);
});

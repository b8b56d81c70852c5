import { RESOURCES, type Action } from "@charter/core/engine";
import { describe, expect, it } from "vitest";

import { appRouter } from "../../root";
import { createTestContext } from "../../testing/create-test-context";
import { createTestMember } from "../../testing/factories";
import { useTestDatabase } from "@charter/db/testing/vitest";
import { createCallerFactory } from "../../trpc";

const getDb = useTestDatabase();
const createCaller = createCallerFactory(appRouter);

const ALL: Action[] = ["view", "create", "edit", "delete", "export", "import", "assign"];
const RECORD = ["view", "create", "edit", "delete", "export", "import", "assign"] as const;

// PERMISSIONS.md "Hierarchy rules": an Employee without roles works their own records; F4:
// deleting a contact needs its own right; reports and the catalogue are read by everyone.
const EMPLOYEE_DEFAULT_RIGHTS = {
  company: [...RECORD],
  contact: RECORD.filter((action) => action !== "delete"),
  object: [...RECORD],
  deal: [...RECORD],
  interest: [...RECORD],
  activity: [...RECORD],
  task: [...RECORD],
  reminder: [...RECORD],
  document: [...RECORD],
  invoice: [...RECORD],
  product: ["view"],
  report: ["view"],
  "settings.org": [],
  "settings.employees": [],
  "settings.roles": [],
  "settings.fields": [],
  "settings.pipeline": [],
  "settings.security": [],
  audit: [],
};

describe("session.me", () => {
  it("returns the signed-in employee, their position and project", async () => {
    const db = getDb();
    const { user, employee, project } = await createTestMember(db, {
      name: "Rita Rep",
      position: "Sales representative",
      userType: "employee",
    });

    const caller = createCaller(await createTestContext(db, user));

    await expect(caller.session.me()).resolves.toEqual({
      user: { id: user.id, email: user.email, name: "Rita Rep", locale: "en" },
      employee: {
        id: employee.id,
        name: "Rita Rep",
        position: "Sales representative",
        userType: "employee",
      },
      project: { id: project.id, name: project.name },
      rights: EMPLOYEE_DEFAULT_RIGHTS,
      hiddenFields: { company: [], contact: [], deal: [] },
      readOnlyFields: { company: [], contact: [], deal: [] },
    });
  });

  it("[D2] names the built-in fields a role's field rule hides, which the server will not sort by", async () => {
    const db = getDb();
    const { user, employee, project } = await createTestMember(db, { userType: "employee" });
    const role = await db.role.create({
      data: {
        projectId: project.id,
        name: "Calls only",
        grants: { create: [{ resource: "deal", action: "view", scope: "own" }] },
        fieldRules: { create: [{ resource: "deal", field: "amount", access: "hidden" }] },
      },
    });
    await db.roleAssignment.create({ data: { employeeId: employee.id, roleId: role.id } });
    const caller = createCaller(await createTestContext(db, user));

    expect((await caller.session.me()).hiddenFields).toEqual({
      company: [],
      contact: [],
      deal: ["amount"],
    });
    await expect(
      caller.deals.list({ sort: { by: "amount", direction: "asc" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      caller.deals.list({ sort: { by: "expectedCloseAt", direction: "asc" } }),
    ).resolves.toMatchObject({ items: [] });
  });

  it("refuses a signed-out caller with UNAUTHORIZED", async () => {
    const caller = createCaller(await createTestContext(getDb(), null));

    await expect(caller.session.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("[E2] refuses a session whose employee was blocked after sign-in", async () => {
    const db = getDb();
    const { user, employee } = await createTestMember(db);
    await db.employee.update({ where: { id: employee.id }, data: { status: "blocked" } });

    const caller = createCaller(await createTestContext(db, user));

    await expect(caller.session.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("an Admin's rights name every resource with every action", async () => {
    const { user } = await createTestMember(getDb(), { userType: "admin" });

    const { rights } = await createCaller(await createTestContext(getDb(), user)).session.me();

    expect(Object.keys(rights).sort()).toEqual([...RESOURCES].sort());
    for (const resource of RESOURCES) expect(rights[resource]).toEqual(ALL);
  });

  it("[D4] a deny override added after sign-in shows at the next call, and the server agrees", async () => {
    const db = getDb();
    const { user, employee } = await createTestMember(db, { userType: "employee" });
    const caller = createCaller(await createTestContext(db, user));
    expect((await caller.session.me()).rights.company).toContain("delete");

    await db.permissionOverride.create({
      data: { employeeId: employee.id, resource: "company", action: "delete", effect: "deny" },
    });

    const { rights } = await createCaller(await createTestContext(db, user)).session.me();
    expect(rights.company).toEqual(["view", "create", "edit", "export", "import", "assign"]);
    const mine = await caller.companies.create({ name: "Denied delete s.r.o." });
    await expect(
      caller.companies.delete({ id: mine.id, version: mine.version }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("[E1] an IP-restricted employee outside the allowed ranges is told who they are, with no rights", async () => {
    const db = getDb();
    const { user, project } = await createTestMember(db, {
      userType: "employee",
      status: "ip_restricted",
    });
    await db.allowedIpRange.create({
      data: { projectId: project.id, fromIp: "10.0.0.0", toIp: "10.0.0.255", cidr: "10.0.0.0/24" },
    });

    const outside = createCaller(await createTestContext(db, user, { peerAddress: "192.0.2.7" }));
    const inside = createCaller(await createTestContext(db, user, { peerAddress: "10.0.0.7" }));

    const { rights, hiddenFields } = await outside.session.me();
    for (const resource of RESOURCES) expect(rights[resource]).toEqual([]);
    expect(hiddenFields.deal).toEqual(["amount", "expectedCloseAt"]);
    await expect(outside.companies.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inside.session.me()).resolves.toMatchObject({ rights: EMPLOYEE_DEFAULT_RIGHTS });
  });
});

import type { Action } from "@charter/core/engine";

import { ownerOf, settingsRow, uniqueName } from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";

const departmentFixture: TFixtureFactory = async (db, ownerName) => {
  const owner = await ownerOf(db, ownerName);
  const row = await db.department.create({
    data: { projectId: owner.projectId, name: uniqueName() },
  });
  return settingsRow(row, owner.id);
};

const branchFixture: TFixtureFactory = async (db, ownerName) => {
  const owner = await ownerOf(db, ownerName);
  const row = await db.branch.create({ data: { projectId: owner.projectId, name: uniqueName() } });
  return settingsRow(row, owner.id);
};

const directionFixture: TFixtureFactory = async (db, ownerName) => {
  const owner = await ownerOf(db, ownerName);
  const row = await db.salesDirection.create({
    data: { projectId: owner.projectId, code: crypto.randomUUID(), name: uniqueName() },
  });
  return settingsRow(row, owner.id);
};

/** A work group with the owner as its member. */
const workGroupFixture: TFixtureFactory = async (db, ownerName) => {
  const owner = await ownerOf(db, ownerName);
  const row = await db.workGroup.create({
    data: {
      projectId: owner.projectId,
      name: uniqueName(),
      members: { create: { employeeId: owner.id, memberRole: "programmer" } },
    },
  });
  return settingsRow(row, owner.id);
};

// Org structure is settings, judged on the resource.
const org = (action: Action, fixture: TFixtureFactory | undefined, fresh: boolean) =>
  ({ action, resource: "settings.org", judge: "reach", fixture, fresh }) as const;

export const ORG_CASES: TAccessCases = {
  "org.listDepartments": {
    ...org("view", undefined, false),
    call: (caller) => caller.org.listDepartments({}),
  },
  "org.createDepartment": {
    ...org("create", undefined, false),
    call: (caller) => caller.org.createDepartment({ name: uniqueName(), parentId: null }),
  },
  "org.renameDepartment": {
    ...org("edit", departmentFixture, true),
    call: (caller, d) =>
      caller.org.renameDepartment({ id: d.id, version: d.version, name: uniqueName() }),
  },
  "org.moveDepartment": {
    ...org("edit", departmentFixture, true),
    call: (caller, d) =>
      caller.org.moveDepartment({ id: d.id, version: d.version, parentId: null }),
  },
  "org.deleteDepartment": {
    ...org("delete", departmentFixture, true),
    call: (caller, d) => caller.org.deleteDepartment({ id: d.id, version: d.version }),
  },
  "org.listBranches": {
    ...org("view", undefined, false),
    call: (caller) => caller.org.listBranches({}),
  },
  "org.createBranch": {
    ...org("create", undefined, false),
    call: (caller) => caller.org.createBranch({ name: uniqueName() }),
  },
  "org.updateBranch": {
    ...org("edit", branchFixture, true),
    call: (caller, b) => caller.org.updateBranch({ id: b.id, version: b.version, city: "Plzeň" }),
  },
  "org.deleteBranch": {
    ...org("delete", branchFixture, true),
    call: (caller, b) => caller.org.deleteBranch({ id: b.id, version: b.version }),
  },
  "org.listDirections": {
    ...org("view", undefined, false),
    call: (caller) => caller.org.listDirections({}),
  },
  "org.createDirection": {
    ...org("create", undefined, false),
    call: (caller) =>
      caller.org.createDirection({ code: crypto.randomUUID().slice(0, 8), name: uniqueName() }),
  },
  "org.updateDirection": {
    ...org("edit", directionFixture, true),
    call: (caller, d) =>
      caller.org.updateDirection({ id: d.id, version: d.version, name: uniqueName() }),
  },
  "org.deleteDirection": {
    ...org("delete", directionFixture, true),
    call: (caller, d) => caller.org.deleteDirection({ id: d.id, version: d.version }),
  },
  "org.listWorkGroups": {
    ...org("view", undefined, false),
    call: (caller) => caller.org.listWorkGroups({}),
  },
  "org.createWorkGroup": {
    ...org("create", undefined, false),
    call: (caller) => caller.org.createWorkGroup({ name: uniqueName() }),
  },
  "org.updateWorkGroup": {
    ...org("edit", workGroupFixture, true),
    call: (caller, g) =>
      caller.org.updateWorkGroup({ id: g.id, version: g.version, name: uniqueName() }),
  },
  "org.deleteWorkGroup": {
    ...org("delete", workGroupFixture, true),
    call: (caller, g) => caller.org.deleteWorkGroup({ id: g.id, version: g.version }),
  },
  "org.setWorkGroupMember": {
    ...org("edit", workGroupFixture, true),
    call: (caller, g, { ivanovaId }) =>
      caller.org.setWorkGroupMember({
        workGroupId: g.id,
        employeeId: ivanovaId,
        memberRole: "tester",
      }),
  },
  "org.removeWorkGroupMember": {
    ...org("edit", workGroupFixture, true),
    call: (caller, g) =>
      caller.org.removeWorkGroupMember({ workGroupId: g.id, employeeId: g.responsibleId }),
  },
};

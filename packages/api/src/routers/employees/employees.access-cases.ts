import type { Action } from "@charter/core/engine";

import { ownerOf } from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";

/** An Employee reporting to the owner's manager (`parentId`), so any creator may place one. */
const employeeFixture: TFixtureFactory = async (db, ownerName) => {
  const owner = await ownerOf(db, ownerName);
  const name = `Fixture of ${ownerName}`;
  const user = await db.user.create({
    data: { email: `fixture-${crypto.randomUUID()}@example.test`, name, passwordHash: "-" },
  });
  const employee = await db.employee.create({
    data: {
      projectId: owner.projectId,
      userId: user.id,
      name,
      userType: "employee",
      managerId: owner.managerId,
    },
  });
  return {
    id: employee.id,
    version: employee.version,
    responsibleId: owner.id,
    ...(owner.managerId ? { parentId: owner.managerId } : {}),
  };
};

// Employees are settings, judged on the resource; step 5 only refuses changing an Admin.
const employees = (action: Action, fresh: boolean) =>
  ({
    action,
    resource: "settings.employees",
    judge: "reach",
    fixture: employeeFixture,
    fresh,
  }) as const;

export const EMPLOYEE_CASES: TAccessCases = {
  // Every employee of the project picks colleagues: no right is judged, all answer.
  "employees.directory": {
    action: null,
    resource: "settings.employees",
    fresh: false,
    call: (caller) => caller.employees.directory({ limit: 1 }),
  },
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

import { describe, expect, it } from "vitest";

import { makeSubject } from "../testing/fixtures";
import { colleagues, earlier, mine, outcome, role, type Row } from "./decide-test-kit";

const rows: Row[] = [
  // Step 3
  {
    name: "deny override beats an Admin",
    subject: {
      userType: "admin",
      overrides: [{ resource: "deal", action: "view", effect: "deny" }],
    },
    record: mine,
    expected: "deny:3:deny-override",
  },
  {
    name: "conditional deny that holds",
    subject: {
      overrides: [
        {
          resource: "deal",
          action: "view",
          effect: "deny",
          condition: { op: "eq", path: "stageId", value: "won-stage" },
        },
      ],
    },
    record: { ...mine, stageId: "won-stage" },
    expected: "deny:3:deny-override",
  },
  {
    name: "conditional deny that does not hold",
    subject: {
      overrides: [
        {
          resource: "deal",
          action: "view",
          effect: "deny",
          condition: { op: "eq", path: "stageId", value: "won-stage" },
        },
      ],
    },
    record: { ...mine, stageId: "s1" },
    expected: "allow",
  },
  {
    name: "unreadable deny override denies everything",
    subject: {
      overrides: [
        {
          resource: "deal",
          action: "view",
          effect: "deny",
          condition: { op: "like", path: "x" } as never,
        },
      ],
    },
    record: mine,
    expected: "deny:3:deny-override",
  },
  {
    name: "deny on another action does not apply",
    subject: { overrides: [{ resource: "deal", action: "delete", effect: "deny" }] },
    record: mine,
    expected: "allow",
  },
  {
    name: "deny before read-only",
    subject: {
      roles: [role([], { readOnly: true })],
      overrides: [{ resource: "deal", action: "edit", effect: "deny" }],
    },
    action: "edit",
    record: mine,
    expected: "deny:3:deny-override",
  },
  // Step 4
  {
    name: "read-only may view",
    subject: {
      roles: [role([{ resource: "deal", action: "view", scope: "project" }], { readOnly: true })],
    },
    record: colleagues,
    expected: "allow",
  },
  {
    name: "read-only may not edit",
    subject: {
      roles: [role([{ resource: "deal", action: "edit", scope: "project" }], { readOnly: true })],
    },
    action: "edit",
    record: mine,
    expected: "deny:4:read-only",
  },
  {
    name: "read-only wins over another role's grant",
    subject: {
      roles: [
        role([], { readOnly: true }),
        role([{ resource: "deal", action: "edit", scope: "project" }], { id: "r2" }),
      ],
    },
    action: "edit",
    record: mine,
    expected: "deny:4:read-only",
  },
  {
    name: "an expired read-only role no longer counts",
    subject: { roles: [role([], { readOnly: true, expiresAt: earlier })] },
    action: "edit",
    record: mine,
    expected: "allow",
  },
  // Step 5
  {
    name: "Director may not delete the project",
    subject: {
      userType: "administration",
      roles: [role([{ resource: "settings.org", action: "delete", scope: "project" }])],
    },
    action: "delete",
    resource: "settings.org",
    record: { projectId: "project-1", entity: "project" },
    expected: "deny:5:protected",
  },
  {
    name: "Director may delete a department",
    subject: {
      userType: "administration",
      roles: [role([{ resource: "settings.org", action: "delete", scope: "project" }])],
    },
    action: "delete",
    resource: "settings.org",
    record: { projectId: "project-1", entity: "department" },
    expected: "allow",
  },
  {
    name: "Admin may delete the project",
    subject: { userType: "admin" },
    action: "delete",
    resource: "settings.org",
    record: { projectId: "project-1", entity: "project" },
    expected: "allow",
  },
  {
    name: "only an Admin changes an Admin",
    subject: {
      userType: "administration",
      roles: [role([{ resource: "settings.employees", action: "edit", scope: "project" }])],
    },
    action: "edit",
    resource: "settings.employees",
    record: { projectId: "project-1", id: "a1", userType: "admin" },
    expected: "deny:5:protected",
  },
  {
    name: "changing an Employee is fine with a grant",
    subject: {
      userType: "administration",
      roles: [role([{ resource: "settings.employees", action: "edit", scope: "project" }])],
    },
    action: "edit",
    resource: "settings.employees",
    record: { projectId: "project-1", id: "e1", userType: "employee" },
    expected: "allow",
  },
  {
    name: "nobody but an Admin changes their own roles",
    subject: {
      userType: "administration",
      roles: [role([{ resource: "settings.roles", action: "edit", scope: "project" }])],
    },
    action: "edit",
    resource: "settings.roles",
    record: { projectId: "project-1", employeeId: "me", employee: { userType: "administration" } },
    expected: "deny:5:protected",
  },
  {
    name: "an Admin changes their own roles",
    subject: { userType: "admin" },
    action: "edit",
    resource: "settings.roles",
    record: { projectId: "project-1", employeeId: "me", employee: { userType: "admin" } },
    expected: "allow",
  },
  {
    name: "protected operations need their target",
    subject: {
      userType: "administration",
      roles: [role([{ resource: "settings.roles", action: "edit", scope: "project" }])],
    },
    action: "edit",
    resource: "settings.roles",
    record: null,
    expected: "deny:5:protected",
  },
  {
    name: "editing a role definition (no employee) is not protected",
    subject: {
      userType: "administration",
      roles: [role([{ resource: "settings.roles", action: "edit", scope: "project" }])],
    },
    action: "edit",
    resource: "settings.roles",
    record: { projectId: "project-1", employeeId: null, employee: null },
    expected: "allow",
  },
];

describe("decide, steps 3–5: deny overrides, read-only, protected operations", () => {
  it.each(rows)("$name → $expected", ({ subject, action, resource, record, expected }) => {
    expect(outcome(makeSubject(subject), action ?? "view", resource ?? "deal", record)).toBe(
      expected,
    );
  });
});

import { describe, expect, it } from "vitest";

import { makeRecord, makeSubject, NOW } from "../testing/fixtures";
import { decide } from "./decide";
import { colleagues, mine, outcome, reportsDeal, role, type Row } from "./decide-test-kit";
import type { Grant } from "./types";
import type { Action, Resource } from "./vocabulary";

const rows: Row[] = [
  // Step 6 — user-type defaults
  { name: "Employee sees own", subject: {}, record: mine, expected: "allow" },
  {
    name: "Employee does not see a colleague's",
    subject: {},
    record: colleagues,
    expected: "deny:7:no-grant",
  },
  {
    name: "Administration sees the chain below",
    subject: { userType: "administration", managerPath: "/boss/me/" },
    record: reportsDeal,
    expected: "allow",
  },
  {
    name: "Administration does not see a peer's",
    subject: { userType: "administration", managerPath: "/boss/me/" },
    record: colleagues,
    expected: "deny:7:no-grant",
  },
  {
    name: "Admin sees everything in the project",
    subject: { userType: "admin" },
    record: colleagues,
    expected: "allow",
  },
  {
    name: "nobody but an Admin deletes contacts by default",
    subject: { userType: "administration", managerPath: "/boss/me/" },
    action: "delete",
    resource: "contact",
    record: mine,
    expected: "deny:7:no-grant",
  },
  {
    name: "Employee reads reports without a record",
    subject: {},
    resource: "report",
    record: null,
    expected: "allow",
  },
  {
    name: "Employee has no settings",
    subject: {},
    action: "edit",
    resource: "settings.fields",
    record: null,
    expected: "deny:7:no-grant",
  },
  {
    name: "Administration manages fields (E4)",
    subject: { userType: "administration" },
    action: "edit",
    resource: "settings.fields",
    record: null,
    expected: "allow",
  },
  // Step 6 — roles, groups, overrides
  {
    name: "a role widens",
    subject: { roles: [role([{ resource: "deal", action: "view", scope: "project" }])] },
    record: colleagues,
    expected: "allow",
  },
  {
    name: "a role narrows with scope none",
    subject: { roles: [role([{ resource: "deal", action: "view", scope: "none" }])] },
    record: mine,
    expected: "deny:7:no-grant",
  },
  {
    name: "a role replaces the default only where it speaks",
    subject: { roles: [role([{ resource: "deal", action: "edit", scope: "none" }])] },
    record: mine,
    expected: "allow",
  },
  {
    name: "a role never narrows an Admin",
    subject: {
      userType: "admin",
      roles: [role([{ resource: "deal", action: "view", scope: "none" }])],
    },
    record: colleagues,
    expected: "allow",
  },
  {
    name: "an expired role does not count",
    subject: {
      roles: [role([{ resource: "deal", action: "view", scope: "project" }], { expiresAt: NOW })],
    },
    record: colleagues,
    expected: "deny:7:no-grant",
  },
  {
    name: "a group adds to the default",
    subject: {
      groups: [
        {
          id: "g",
          name: "Call watchers",
          grants: [
            {
              resource: "deal",
              action: "view",
              scope: "project",
              condition: { op: "eq", path: "stageId", value: "s9" },
            },
          ],
        },
      ],
    },
    record: { ...colleagues, stageId: "s9" },
    expected: "allow",
  },
  {
    name: "a group's condition must hold",
    subject: {
      groups: [
        {
          id: "g",
          name: "Call watchers",
          grants: [
            {
              resource: "deal",
              action: "view",
              scope: "project",
              condition: { op: "eq", path: "stageId", value: "s9" },
            },
          ],
        },
      ],
    },
    record: { ...colleagues, stageId: "s1" },
    expected: "deny:7:no-grant",
  },
  {
    name: "allow override reaches the natural scope",
    subject: { overrides: [{ resource: "contact", action: "delete", effect: "allow" }] },
    action: "delete",
    resource: "contact",
    record: mine,
    expected: "allow",
  },
  {
    name: "allow override does not reach beyond it",
    subject: { overrides: [{ resource: "contact", action: "delete", effect: "allow" }] },
    action: "delete",
    resource: "contact",
    record: colleagues,
    expected: "deny:7:no-grant",
  },
  {
    name: "an invalid grant is ignored (and still replaces the default)",
    subject: {
      roles: [
        role([
          {
            resource: "deal",
            action: "view",
            scope: "project",
            condition: { op: "eq", path: "nope", value: 1 },
          },
        ]),
      ],
    },
    record: mine,
    expected: "deny:7:no-grant",
  },
  {
    name: "direction scope",
    subject: {
      directionId: "b2b",
      roles: [role([{ resource: "deal", action: "view", scope: "direction" }])],
    },
    record: { ...colleagues, directionId: "b2b" },
    expected: "allow",
  },
  {
    name: "direction scope without a direction reaches nothing",
    subject: { roles: [role([{ resource: "deal", action: "view", scope: "direction" }])] },
    record: { ...colleagues, directionId: null },
    expected: "deny:7:no-grant",
  },
  {
    name: "department scope covers the subtree",
    subject: {
      departmentId: "sales",
      departmentPath: "/sales/",
      roles: [role([{ resource: "deal", action: "view", scope: "department" }])],
    },
    record: makeRecord({
      responsibleId: "x",
      departmentId: "east",
      departmentPath: "/sales/east/",
    }),
    expected: "allow",
  },
  {
    name: "department scope stops at the subtree",
    subject: {
      departmentId: "sales",
      departmentPath: "/sales/",
      roles: [role([{ resource: "deal", action: "view", scope: "department" }])],
    },
    record: makeRecord({ responsibleId: "x", departmentId: "hr", departmentPath: "/hr/" }),
    expected: "deny:7:no-grant",
  },
  {
    name: "$me condition",
    subject: {
      roles: [
        role([
          {
            resource: "deal",
            action: "edit",
            scope: "project",
            condition: { op: "eq", path: "partner.responsibleId", value: "$me" },
          },
        ]),
      ],
    },
    action: "edit",
    record: { ...colleagues, partnerId: "c1", partner: { responsibleId: "me" } },
    expected: "allow",
  },
  {
    name: "unknown resource is refused",
    subject: { userType: "admin" },
    resource: "deals" as Resource,
    record: mine,
    expected: "deny:7:unknown",
  },
  {
    name: "unknown action is refused",
    subject: { userType: "admin" },
    action: "read" as Action,
    record: mine,
    expected: "deny:7:unknown",
  },
];

describe("decide, steps 6–7: defaults, roles, groups, allow overrides", () => {
  it.each(rows)("$name → $expected", ({ subject, action, resource, record, expected }) => {
    expect(outcome(makeSubject(subject), action ?? "view", resource ?? "deal", record)).toBe(
      expected,
    );
  });
});

describe("the reason of an allow", () => {
  it("names the role, the grant and the chain from the responsible up to the subject", () => {
    const grant: Grant = { resource: "deal", action: "edit", scope: "subordinates" };
    const subject = makeSubject({ managerPath: "/boss/me/", roles: [role([grant])] });
    expect(decide(subject, "edit", "deal", reportsDeal, { cache: false })).toEqual({
      allowed: true,
      reason: {
        step: 6,
        rule: "grant",
        source: { kind: "role", id: "role-1", name: "Sales manager" },
        grant,
        fact: {
          kind: "subordinates",
          responsibleId: "ivanova",
          chain: ["ivanova", "petrov", "me"],
        },
      },
    });
  });

  it("prefers the narrowest scope that matches", () => {
    const subject = makeSubject({
      userType: "administration",
      managerPath: "/boss/me/",
      groups: [
        { id: "g", name: "All", grants: [{ resource: "deal", action: "view", scope: "project" }] },
      ],
    });
    const decision = decide(subject, "view", "deal", mine, { cache: false });
    expect(decision.allowed && decision.reason.fact).toEqual({
      kind: "subordinates",
      responsibleId: "me",
      chain: ["me"],
    });
  });

  it("reports the default of the user type as the source", () => {
    const decision = decide(makeSubject(), "view", "deal", mine, { cache: false });
    expect(decision.allowed && decision.reason.source).toEqual({
      kind: "default",
      userType: "employee",
    });
  });
});

import { describe, expect, it } from "vitest";

import { makeSubject, NOW, PROJECT } from "../testing/fixtures";
import { canReachAny, filter } from "./filter";
import { countBindParameters, NEVER, type Predicate } from "./predicate";
import type { Subject } from "./types";
import type { Action, Resource } from "./vocabulary";

const inProject: Predicate = { op: "eq", path: "projectId", value: PROJECT };
const noCache = { cache: false } as const;

type Row = [string, Partial<Subject>, Action, Resource, Predicate];

const rows: Row[] = [
  [
    "Employee, own",
    {},
    "view",
    "deal",
    { op: "and", args: [inProject, { op: "eq", path: "responsibleId", value: "me" }] },
  ],
  [
    "Administration, subordinates by path prefix",
    { userType: "administration", managerPath: "/boss/me/" },
    "view",
    "deal",
    {
      op: "and",
      args: [inProject, { op: "startsWith", path: "responsible.managerPath", value: "/boss/me/" }],
    },
  ],
  ["Admin, the whole project", { userType: "admin" }, "view", "deal", inProject],
  ["blocked", { status: "blocked" }, "view", "deal", NEVER],
  ["expired", { accessExpiresAt: NOW }, "view", "deal", NEVER],
  [
    "IP-restricted outside",
    { status: "ip_restricted", context: { now: NOW, ipAllowed: false } },
    "view",
    "deal",
    NEVER,
  ],
  [
    "read-only editing",
    { roles: [{ id: "r", name: "RO", readOnly: true, grants: [] }] },
    "edit",
    "deal",
    NEVER,
  ],
  [
    "unconditional deny",
    { userType: "admin", overrides: [{ resource: "deal", action: "view", effect: "deny" }] },
    "view",
    "deal",
    NEVER,
  ],
  ["Employee, settings", {}, "edit", "settings.roles", NEVER],
  [
    "department subtree",
    {
      departmentId: "d",
      departmentPath: "/root/d/",
      roles: [
        {
          id: "r",
          name: "Head",
          readOnly: false,
          grants: [{ resource: "task", action: "view", scope: "department" }],
        },
      ],
    },
    "view",
    "task",
    {
      op: "and",
      args: [inProject, { op: "startsWith", path: "department.path", value: "/root/d/" }],
    },
  ],
  [
    "deny override on a nullable path keeps the empty ones",
    {
      userType: "admin",
      overrides: [
        {
          resource: "deal",
          action: "edit",
          effect: "deny",
          condition: { op: "eq", path: "partner.responsibleId", value: "$me" },
        },
      ],
    },
    "edit",
    "deal",
    {
      op: "and",
      args: [
        inProject,
        {
          op: "or",
          args: [
            { op: "isNull", path: "partner.responsibleId" },
            { op: "ne", path: "partner.responsibleId", value: "me" },
          ],
        },
      ],
    },
  ],
  [
    "ne in a grant condition includes nulls",
    {
      roles: [
        {
          id: "r",
          name: "R",
          readOnly: false,
          grants: [
            {
              resource: "deal",
              action: "view",
              scope: "own",
              condition: { op: "ne", path: "directionId", value: "d1" },
            },
          ],
        },
      ],
    },
    "view",
    "deal",
    {
      op: "and",
      args: [
        inProject,
        { op: "eq", path: "responsibleId", value: "me" },
        {
          op: "or",
          args: [
            { op: "isNull", path: "directionId" },
            { op: "ne", path: "directionId", value: "d1" },
          ],
        },
      ],
    },
  ],
  [
    "protected rules on settings targets",
    {
      userType: "administration",
      roles: [
        {
          id: "r",
          name: "Director",
          readOnly: false,
          grants: [{ resource: "settings.roles", action: "edit", scope: "project" }],
        },
      ],
    },
    "edit",
    "settings.roles",
    {
      op: "and",
      args: [
        inProject,
        {
          op: "or",
          args: [
            { op: "isNull", path: "employeeId" },
            { op: "ne", path: "employeeId", value: "me" },
          ],
        },
        {
          op: "or",
          args: [
            { op: "isNull", path: "employee.userType" },
            { op: "ne", path: "employee.userType", value: "admin" },
          ],
        },
      ],
    },
  ],
];

describe("filter", () => {
  it.each(rows)("%s", (_name, subject, action, resource, expected) => {
    expect(filter(makeSubject(subject), action, resource, noCache)).toEqual(expected);
  });

  it("does not grow with the number of subordinates: the path prefix is one parameter", () => {
    const subject = makeSubject({ userType: "administration", managerPath: "/boss/me/" });
    expect(countBindParameters(filter(subject, "view", "deal", noCache))).toBe(2);
  });

  it("never returns a not node", () => {
    const subject = makeSubject({
      overrides: [
        {
          resource: "deal",
          action: "view",
          effect: "deny",
          condition: { op: "not", arg: { op: "in", path: "stageId", values: ["a", "b"] } },
        },
        {
          resource: "deal",
          action: "view",
          effect: "deny",
          condition: {
            op: "and",
            args: [
              { op: "eq", path: "partnerId", value: null },
              { op: "gt", path: "amount", value: 5 },
            ],
          },
        },
      ],
    });
    expect(JSON.stringify(filter(subject, "view", "deal", noCache))).not.toContain('"not"');
  });

  it.each<[Partial<Subject>, Action, Resource, boolean]>([
    [{}, "view", "deal", true],
    [{}, "edit", "settings.fields", false],
    [{ userType: "administration" }, "edit", "settings.fields", true],
    [{ status: "blocked", userType: "admin" }, "view", "deal", false],
  ])("canReachAny %j %s %s → %s", (subject, action, resource, expected) => {
    expect(canReachAny(makeSubject(subject), action, resource, noCache)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";

import { makeRecord, makeSubject, NOW } from "../testing/fixtures";
import { explain } from "./explain";
import type { EngineRecord, Subject } from "./types";
import type { Action, Resource } from "./vocabulary";

const salesManager = {
  id: "r-sm",
  name: "Sales manager",
  readOnly: false,
  grants: [{ resource: "deal", action: "edit", scope: "subordinates" }],
} as const;

const directory = {
  petrov: "Petrov",
  sidorov: "Sidorov",
  sales: "Sales",
  east: "Sales East",
  b2b: "B2B",
};
const ivanovasDeal = makeRecord({
  responsibleId: "ivanova",
  responsibleName: "Ivanova",
  managerPath: "/boss/me/sidorov/petrov/ivanova/",
});

type Row = [string, Partial<Subject>, Action, Resource, EngineRecord | null, string];

const rows: Row[] = [
  [
    "a chain of two managers",
    { managerPath: "/boss/me/", roles: [{ ...salesManager, grants: [...salesManager.grants] }] },
    "edit",
    "deal",
    ivanovasDeal,
    "Allowed: role Sales manager grants edit on deals at scope subordinates; the responsible, Ivanova, reports to you through Petrov and Sidorov.",
  ],
  [
    "a direct report",
    { managerPath: "/boss/me/", roles: [{ ...salesManager, grants: [...salesManager.grants] }] },
    "edit",
    "deal",
    makeRecord({ responsibleId: "petrov", managerPath: "/boss/me/petrov/" }),
    "Allowed: role Sales manager grants edit on deals at scope subordinates; the responsible, Petrov, reports to you directly.",
  ],
  [
    "own record by default",
    {},
    "view",
    "deal",
    makeRecord({ responsibleId: "me" }),
    "Allowed: the Employee user type grants view on deals at scope own; you are the responsible.",
  ],
  [
    "a condition",
    {
      roles: [
        {
          id: "r",
          name: "crm_pam",
          readOnly: false,
          grants: [
            {
              resource: "deal",
              action: "edit",
              scope: "project",
              condition: { op: "eq", path: "partner.responsibleId", value: "$me" },
            },
          ],
        },
      ],
    },
    "edit",
    "deal",
    { ...makeRecord({ responsibleId: "x" }), partner: { responsibleId: "me" } },
    "Allowed: role crm_pam grants edit on deals at scope project; its condition holds: the partner company's responsible is you.",
  ],
  [
    "department",
    {
      departmentId: "sales",
      departmentPath: "/sales/",
      roles: [
        {
          id: "r",
          name: "Head",
          readOnly: false,
          grants: [{ resource: "deal", action: "view", scope: "department" }],
        },
      ],
    },
    "view",
    "deal",
    makeRecord({ responsibleId: "x", departmentId: "east", departmentPath: "/sales/east/" }),
    "Allowed: role Head grants view on deals at scope department; the record's department, Sales East, is within your department, Sales.",
  ],
  [
    "direction",
    {
      directionId: "b2b",
      groups: [
        {
          id: "g",
          name: "B2B desk",
          grants: [{ resource: "deal", action: "view", scope: "direction" }],
        },
      ],
    },
    "view",
    "deal",
    { ...makeRecord({ responsibleId: "x" }), directionId: "b2b" },
    "Allowed: group B2B desk grants view on deals at scope direction; the record is in your sales direction, B2B.",
  ],
  [
    "blocked",
    { status: "blocked" },
    "view",
    "deal",
    makeRecord(),
    "Denied: your account is blocked.",
  ],
  [
    "expired",
    { accessExpiresAt: NOW },
    "view",
    "deal",
    makeRecord(),
    `Denied: your access expired at ${NOW.toISOString()}.`,
  ],
  [
    "IP",
    { status: "ip_restricted", context: { now: NOW, ipAllowed: false } },
    "view",
    "deal",
    makeRecord(),
    "Denied: your account is restricted to the project's allowed IP ranges and this request comes from outside them.",
  ],
  [
    "deny override with a condition",
    {
      overrides: [
        {
          resource: "activity",
          action: "delete",
          effect: "deny",
          condition: { op: "eq", path: "kind", value: "call" },
        },
      ],
    },
    "delete",
    "activity",
    { ...makeRecord({ responsibleId: "me" }), kind: "call" },
    "Denied: a personal override denies delete on activities when the kind is call.",
  ],
  [
    "read-only",
    { roles: [{ id: "r", name: "crm_read_admin", readOnly: true, grants: [] }] },
    "edit",
    "deal",
    makeRecord({ responsibleId: "me" }),
    "Denied: role crm_read_admin is read-only, so only view is allowed.",
  ],
  [
    "protected",
    {
      userType: "administration",
      roles: [
        {
          id: "r",
          name: "Director",
          readOnly: false,
          grants: [{ resource: "settings.org", action: "delete", scope: "project" }],
        },
      ],
    },
    "delete",
    "settings.org",
    { projectId: "project-1", entity: "project" },
    "Denied: only an Admin may delete the project.",
  ],
  [
    "no grant, with the near miss",
    {},
    "edit",
    "deal",
    makeRecord({ responsibleId: "ivanova", responsibleName: "Ivanova" }),
    "Denied: no role, group or override grants edit on deals for this record. The Employee user type grants it at scope own, but the responsible is Ivanova, not you.",
  ],
];

describe("explain", () => {
  it.each(rows)("%s", (_name, subject, action, resource, record, expected) => {
    expect(
      explain(makeSubject(subject), action, resource, record, { directory, cache: false }),
    ).toBe(expected);
  });

  it("mentions grants it could not read", () => {
    const subject = makeSubject({
      roles: [
        {
          id: "r",
          name: "Broken",
          readOnly: false,
          grants: [
            {
              resource: "deal",
              action: "view",
              scope: "project",
              condition: { op: "eq", path: "nope", value: 1 },
            },
          ],
        },
      ],
    });
    expect(explain(subject, "view", "deal", makeRecord(), { cache: false })).toContain(
      'A grant of role Broken was ignored: condition.path: Unknown path "nope" on deal.',
    );
  });
});

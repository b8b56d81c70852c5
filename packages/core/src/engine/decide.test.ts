import { describe, expect, it } from "vitest";

import { makeRecord, makeSubject, NOW, OTHER_PROJECT } from "../testing/fixtures";
import { decide } from "./decide";
import type { EngineRecord, Grant, Subject, SubjectRole } from "./types";
import type { Action, Resource } from "./vocabulary";

const role = (grants: Grant[], patch: Partial<SubjectRole> = {}): SubjectRole => ({
  id: "role-1",
  name: "Sales manager",
  readOnly: false,
  grants,
  ...patch,
});

const mine = makeRecord({ responsibleId: "me", managerPath: "/boss/me/" });
const colleagues = makeRecord({ responsibleId: "peer", managerPath: "/boss/peer/" });
const reportsDeal = makeRecord({ responsibleId: "ivanova", managerPath: "/boss/me/petrov/ivanova/" });
const later = new Date(NOW.getTime() + 60_000);
const earlier = new Date(NOW.getTime() - 60_000);

type Row = {
  name: string;
  subject: Partial<Subject>;
  action?: Action;
  resource?: Resource;
  record?: EngineRecord | null;
  expected: string; // "allow" or "deny:<step>:<rule>"
};

function outcome(subject: Subject, action: Action, resource: Resource, record?: EngineRecord | null) {
  const decision = decide(subject, action, resource, record, { cache: false });
  return decision.allowed ? "allow" : `deny:${decision.reason.step}:${decision.reason.rule}`;
}

const rows: Row[] = [
  // Step 1
  { name: "blocked", subject: { status: "blocked" }, record: mine, expected: "deny:1:blocked" },
  { name: "expired at this very instant", subject: { accessExpiresAt: NOW }, record: mine, expected: "deny:1:expired" },
  { name: "expiry still ahead", subject: { accessExpiresAt: later }, record: mine, expected: "allow" },
  { name: "record of another project", subject: { userType: "admin" }, record: { ...mine, projectId: OTHER_PROJECT }, expected: "deny:1:other-project" },
  { name: "record without a project", subject: { userType: "admin" }, record: { responsibleId: "me" }, expected: "deny:1:other-project" },
  { name: "no record for a record resource", subject: { userType: "admin" }, record: null, expected: "deny:1:missing-record" },
  { name: "unknown status counts as blocked", subject: { status: "suspended" as Subject["status"] }, record: mine, expected: "deny:1:blocked" },
  // Step 2
  { name: "IP-restricted outside the ranges", subject: { status: "ip_restricted", context: { now: NOW, ipAllowed: false } }, record: mine, expected: "deny:2:ip-restricted" },
  { name: "IP-restricted inside the ranges", subject: { status: "ip_restricted" }, record: mine, expected: "allow" },
  { name: "active users ignore the ranges", subject: { context: { now: NOW, ipAllowed: false } }, record: mine, expected: "allow" },
  { name: "expiry is step 1, before the IP check", subject: { status: "ip_restricted", accessExpiresAt: earlier, context: { now: NOW, ipAllowed: false } }, record: mine, expected: "deny:1:expired" },
  // Step 3
  { name: "deny override beats an Admin", subject: { userType: "admin", overrides: [{ resource: "deal", action: "view", effect: "deny" }] }, record: mine, expected: "deny:3:deny-override" },
  { name: "conditional deny that holds", subject: { overrides: [{ resource: "deal", action: "view", effect: "deny", condition: { op: "eq", path: "stageId", value: "won-stage" } }] }, record: { ...mine, stageId: "won-stage" }, expected: "deny:3:deny-override" },
  { name: "conditional deny that does not hold", subject: { overrides: [{ resource: "deal", action: "view", effect: "deny", condition: { op: "eq", path: "stageId", value: "won-stage" } }] }, record: { ...mine, stageId: "s1" }, expected: "allow" },
  { name: "unreadable deny override denies everything", subject: { overrides: [{ resource: "deal", action: "view", effect: "deny", condition: { op: "like", path: "x" } as never }] }, record: mine, expected: "deny:3:deny-override" },
  { name: "deny on another action does not apply", subject: { overrides: [{ resource: "deal", action: "delete", effect: "deny" }] }, record: mine, expected: "allow" },
  { name: "deny before read-only", subject: { roles: [role([], { readOnly: true })], overrides: [{ resource: "deal", action: "edit", effect: "deny" }] }, action: "edit", record: mine, expected: "deny:3:deny-override" },
  // Step 4
  { name: "read-only may view", subject: { roles: [role([{ resource: "deal", action: "view", scope: "project" }], { readOnly: true })] }, record: colleagues, expected: "allow" },
  { name: "read-only may not edit", subject: { roles: [role([{ resource: "deal", action: "edit", scope: "project" }], { readOnly: true })] }, action: "edit", record: mine, expected: "deny:4:read-only" },
  { name: "read-only wins over another role's grant", subject: { roles: [role([], { readOnly: true }), role([{ resource: "deal", action: "edit", scope: "project" }], { id: "r2" })] }, action: "edit", record: mine, expected: "deny:4:read-only" },
  { name: "an expired read-only role no longer counts", subject: { roles: [role([], { readOnly: true, expiresAt: earlier })] }, action: "edit", record: mine, expected: "allow" },
  // Step 5
  { name: "Director may not delete the project", subject: { userType: "administration", roles: [role([{ resource: "settings.org", action: "delete", scope: "project" }])] }, action: "delete", resource: "settings.org", record: { projectId: "project-1", entity: "project" }, expected: "deny:5:protected" },
  { name: "Director may delete a department", subject: { userType: "administration", roles: [role([{ resource: "settings.org", action: "delete", scope: "project" }])] }, action: "delete", resource: "settings.org", record: { projectId: "project-1", entity: "department" }, expected: "allow" },
  { name: "Admin may delete the project", subject: { userType: "admin" }, action: "delete", resource: "settings.org", record: { projectId: "project-1", entity: "project" }, expected: "allow" },
  { name: "only an Admin changes an Admin", subject: { userType: "administration", roles: [role([{ resource: "settings.employees", action: "edit", scope: "project" }])] }, action: "edit", resource: "settings.employees", record: { projectId: "project-1", id: "a1", userType: "admin" }, expected: "deny:5:protected" },
  { name: "changing an Employee is fine with a grant", subject: { userType: "administration", roles: [role([{ resource: "settings.employees", action: "edit", scope: "project" }])] }, action: "edit", resource: "settings.employees", record: { projectId: "project-1", id: "e1", userType: "employee" }, expected: "allow" },
  { name: "nobody but an Admin changes their own roles", subject: { userType: "administration", roles: [role([{ resource: "settings.roles", action: "edit", scope: "project" }])] }, action: "edit", resource: "settings.roles", record: { projectId: "project-1", employeeId: "me", employee: { userType: "administration" } }, expected: "deny:5:protected" },
  { name: "an Admin changes their own roles", subject: { userType: "admin" }, action: "edit", resource: "settings.roles", record: { projectId: "project-1", employeeId: "me", employee: { userType: "admin" } }, expected: "allow" },
  { name: "protected operations need their target", subject: { userType: "administration", roles: [role([{ resource: "settings.roles", action: "edit", scope: "project" }])] }, action: "edit", resource: "settings.roles", record: null, expected: "deny:5:protected" },
  { name: "editing a role definition (no employee) is not protected", subject: { userType: "administration", roles: [role([{ resource: "settings.roles", action: "edit", scope: "project" }])] }, action: "edit", resource: "settings.roles", record: { projectId: "project-1", employeeId: null, employee: null }, expected: "allow" },
  // Step 6 — user-type defaults
  { name: "Employee sees own", subject: {}, record: mine, expected: "allow" },
  { name: "Employee does not see a colleague's", subject: {}, record: colleagues, expected: "deny:7:no-grant" },
  { name: "Administration sees the chain below", subject: { userType: "administration", managerPath: "/boss/me/" }, record: reportsDeal, expected: "allow" },
  { name: "Administration does not see a peer's", subject: { userType: "administration", managerPath: "/boss/me/" }, record: colleagues, expected: "deny:7:no-grant" },
  { name: "Admin sees everything in the project", subject: { userType: "admin" }, record: colleagues, expected: "allow" },
  { name: "nobody but an Admin deletes contacts by default", subject: { userType: "administration", managerPath: "/boss/me/" }, action: "delete", resource: "contact", record: mine, expected: "deny:7:no-grant" },
  { name: "Employee reads reports without a record", subject: {}, resource: "report", record: null, expected: "allow" },
  { name: "Employee has no settings", subject: {}, action: "edit", resource: "settings.fields", record: null, expected: "deny:7:no-grant" },
  { name: "Administration manages fields (E4)", subject: { userType: "administration" }, action: "edit", resource: "settings.fields", record: null, expected: "allow" },
  // Step 6 — roles, groups, overrides
  { name: "a role widens", subject: { roles: [role([{ resource: "deal", action: "view", scope: "project" }])] }, record: colleagues, expected: "allow" },
  { name: "a role narrows with scope none", subject: { roles: [role([{ resource: "deal", action: "view", scope: "none" }])] }, record: mine, expected: "deny:7:no-grant" },
  { name: "a role replaces the default only where it speaks", subject: { roles: [role([{ resource: "deal", action: "edit", scope: "none" }])] }, record: mine, expected: "allow" },
  { name: "a role never narrows an Admin", subject: { userType: "admin", roles: [role([{ resource: "deal", action: "view", scope: "none" }])] }, record: colleagues, expected: "allow" },
  { name: "an expired role does not count", subject: { roles: [role([{ resource: "deal", action: "view", scope: "project" }], { expiresAt: NOW })] }, record: colleagues, expected: "deny:7:no-grant" },
  { name: "a group adds to the default", subject: { groups: [{ id: "g", name: "Call watchers", grants: [{ resource: "deal", action: "view", scope: "project", condition: { op: "eq", path: "stageId", value: "s9" } }] }] }, record: { ...colleagues, stageId: "s9" }, expected: "allow" },
  { name: "a group's condition must hold", subject: { groups: [{ id: "g", name: "Call watchers", grants: [{ resource: "deal", action: "view", scope: "project", condition: { op: "eq", path: "stageId", value: "s9" } }] }] }, record: { ...colleagues, stageId: "s1" }, expected: "deny:7:no-grant" },
  { name: "allow override reaches the natural scope", subject: { overrides: [{ resource: "contact", action: "delete", effect: "allow" }] }, action: "delete", resource: "contact", record: mine, expected: "allow" },
  { name: "allow override does not reach beyond it", subject: { overrides: [{ resource: "contact", action: "delete", effect: "allow" }] }, action: "delete", resource: "contact", record: colleagues, expected: "deny:7:no-grant" },
  { name: "an invalid grant is ignored (and still replaces the default)", subject: { roles: [role([{ resource: "deal", action: "view", scope: "project", condition: { op: "eq", path: "nope", value: 1 } }])] }, record: mine, expected: "deny:7:no-grant" },
  { name: "direction scope", subject: { directionId: "b2b", roles: [role([{ resource: "deal", action: "view", scope: "direction" }])] }, record: { ...colleagues, directionId: "b2b" }, expected: "allow" },
  { name: "direction scope without a direction reaches nothing", subject: { roles: [role([{ resource: "deal", action: "view", scope: "direction" }])] }, record: { ...colleagues, directionId: null }, expected: "deny:7:no-grant" },
  { name: "department scope covers the subtree", subject: { departmentId: "sales", departmentPath: "/sales/", roles: [role([{ resource: "deal", action: "view", scope: "department" }])] }, record: makeRecord({ responsibleId: "x", departmentId: "east", departmentPath: "/sales/east/" }), expected: "allow" },
  { name: "department scope stops at the subtree", subject: { departmentId: "sales", departmentPath: "/sales/", roles: [role([{ resource: "deal", action: "view", scope: "department" }])] }, record: makeRecord({ responsibleId: "x", departmentId: "hr", departmentPath: "/hr/" }), expected: "deny:7:no-grant" },
  { name: "$me condition", subject: { roles: [role([{ resource: "deal", action: "edit", scope: "project", condition: { op: "eq", path: "partner.responsibleId", value: "$me" } }])] }, action: "edit", record: { ...colleagues, partnerId: "c1", partner: { responsibleId: "me" } }, expected: "allow" },
  { name: "unknown resource is refused", subject: { userType: "admin" }, resource: "deals" as Resource, record: mine, expected: "deny:7:unknown" },
  { name: "unknown action is refused", subject: { userType: "admin" }, action: "read" as Action, record: mine, expected: "deny:7:unknown" },
];

describe("decide follows PERMISSIONS.md steps 1–7", () => {
  it.each(rows)("$name → $expected", ({ subject, action, resource, record, expected }) => {
    expect(outcome(makeSubject(subject), action ?? "view", resource ?? "deal", record)).toBe(expected);
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
        fact: { kind: "subordinates", responsibleId: "ivanova", chain: ["ivanova", "petrov", "me"] },
      },
    });
  });

  it("prefers the narrowest scope that matches", () => {
    const subject = makeSubject({
      userType: "administration",
      managerPath: "/boss/me/",
      groups: [{ id: "g", name: "All", grants: [{ resource: "deal", action: "view", scope: "project" }] }],
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
    expect(decision.allowed && decision.reason.source).toEqual({ kind: "default", userType: "employee" });
  });
});

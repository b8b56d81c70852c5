import { describe, expect, it } from "vitest";

import { NOW } from "../testing/fixtures";
import { findRoleTemplate, roleFromTemplate } from "./index";
import { holder, mine, outcome, peers, type TemplateCase } from "./template-test-kit";

const dev = { departmentId: "dev", departmentPath: "/it/dev/" };
const inDev = { departmentId: "dev", departmentPath: "/it/dev/" };
const inSales = { departmentId: "sales", departmentPath: "/sales/" };
const pm = holder(["project_manager"], { userType: "administration", ...dev });
const programmer = holder(["programmer"], dev);
const tester = holder(["tester"], dev);
const representative = holder(["external_representative"], {
  accessExpiresAt: new Date(NOW.getTime() + 3_600_000),
});
const expired = holder(["external_representative"], { accessExpiresAt: NOW });
const assignedToMe = peers({ ...inDev, assigneeId: "me" });

const cases: TemplateCase[] = [
  ["Project manager assigns the group's tasks", pm, "assign", "task", peers(inDev), "allow"],
  ["Project manager deletes the group's tasks", pm, "delete", "task", peers(inDev), "allow"],
  [
    "Project manager stays out of other departments' tasks",
    pm,
    "edit",
    "task",
    peers(inSales),
    "deny:7",
  ],
  ["Project manager does not see deals", pm, "view", "deal", mine(), "deny:7"],
  ["Programmer sees a task assigned to them", programmer, "view", "task", assignedToMe, "allow"],
  ["Programmer works a task assigned to them", programmer, "edit", "task", assignedToMe, "allow"],
  ["Programmer does not delete it", programmer, "delete", "task", assignedToMe, "deny:7"],
  [
    "Programmer does not see the group's other tasks",
    programmer,
    "view",
    "task",
    peers(inDev),
    "deny:7",
  ],
  ["Programmer does not see clients", programmer, "view", "company", mine(), "deny:7"],
  ["Tester sees the group's tasks", tester, "view", "task", peers(inDev), "allow"],
  ["Tester files a task", tester, "create", "task", mine(inDev), "allow"],
  ["Tester works a task assigned to them", tester, "edit", "task", assignedToMe, "allow"],
  ["Tester does not change others' tasks", tester, "edit", "task", peers(inDev), "deny:7"],
  [
    "External representative works a task assigned to them",
    representative,
    "edit",
    "task",
    assignedToMe,
    "allow",
  ],
  ["External representative sees no clients", representative, "view", "company", peers(), "deny:7"],
  [
    "External representative exports nothing",
    representative,
    "export",
    "task",
    assignedToMe,
    "deny:7",
  ],
  [
    "External representative loses all access at expiry",
    expired,
    "view",
    "task",
    assignedToMe,
    "deny:1",
  ],
  ["… even their own records", expired, "view", "activity", mine(), "deny:1"],
];

describe("work group templates (seeds/004)", () => {
  it.each(cases)("%s", (_name, subject, action, resource, record, expected) => {
    expect(outcome(subject, action, resource, record)).toBe(expected);
  });

  it("an expiring role assignment takes the role's rights with it", () => {
    const template = findRoleTemplate("external_representative");
    if (!template) throw new Error("missing template");
    const role = roleFromTemplate(template, { expiresAt: NOW });
    expect(outcome({ ...representative, roles: [role] }, "view", "task", assignedToMe)).toBe(
      "deny:7",
    );
  });
});

import type { Condition } from "../engine/types";
import { allow, completeRecords, me, tasksAssignedToMe, WORK } from "./build";
import type { RoleTemplate } from "./types";

// Roles of a development work group from the Bitrix24/amoCRM guide (seeds/004).

const source = "004 Bitrix24/amoCRM" as const;
const assignedToMe: Condition = { op: "eq", path: "assigneeId", value: me };

export const WORK_GROUP_TEMPLATES: readonly RoleTemplate[] = [
  {
    key: "project_manager",
    name: "Project manager",
    description:
      "Defines the current tasks, develops them with the programmers and supervises them when the group has no tester.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow("task", ["view", "create", "edit", "delete", "assign"], "department"),
      ...allow("reminder", WORK, "own"),
      ...allow("activity", ["view"], "department"),
      ...allow("activity", ["create"], "own"),
      ...allow(["company", "contact"], ["view"], "project"),
      ...allow("report", ["view"], "project"),
    ]),
    fieldRules: [],
  },
  {
    key: "programmer",
    name: "Programmer",
    description: "Carries out the tasks assigned to them.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow("task", WORK, "own"),
      ...tasksAssignedToMe(),
      ...allow("reminder", WORK, "own"),
    ]),
    fieldRules: [],
  },
  {
    key: "tester",
    name: "Tester",
    description:
      "Continues the programmers' work: sees the group's tasks, files new ones and works those assigned to them.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow("task", ["view"], "department"),
      ...allow("task", WORK, "own"),
      ...allow("task", ["edit"], "project", assignedToMe),
      ...allow("reminder", WORK, "own"),
    ]),
    fieldRules: [],
  },
  {
    key: "external_representative",
    name: "External representative",
    description:
      "Someone outside the company given short-term access to work with the team: only the tasks assigned to them. Give the employee an access expiry; at that instant every right ends.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...tasksAssignedToMe(),
      ...allow("activity", ["view", "create"], "own"),
    ]),
    fieldRules: [],
  },
];

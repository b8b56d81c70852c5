import type { TMirror } from "./mirror";

/** Roles, CRM groups and personal overrides (D1–D5). */
export const settingsAccess = {
  "settings.area.roles": "Roles",
  "settings.area.roles.description":
    "What each role may do, on which records, and who holds it. An employee gets every role's rights together.",
  "settings.area.groups": "CRM groups",
  "settings.area.groups.description":
    "Groups of employees with rights on records, each led by one or more managers.",
  "settings.scope.none": "—",
  "settings.scope.own": "Own",
  "settings.scope.subordinates": "Team",
  "settings.scope.department": "Department",
  "settings.scope.direction": "Direction",
  "settings.scope.project": "All",

  "settings.roles.intro":
    "An employee may hold several roles and gets all their rights together (D1). Start from a built-in template and adjust it.",
  "settings.roles.new": "New role",
  "settings.roles.cloneAction": "Copy a role or template",
  "settings.roles.clone": "Copy",
  "settings.roles.cloneTitle": "Copy a role",
  "settings.roles.cloneHint":
    "The copy gets the source's rights and field rules, and no holders. Change it without touching the original.",
  "settings.roles.cloneFrom": "Copy from",
  "settings.roles.sourceRole": "Role: {name}",
  "settings.roles.sourceTemplate": "Template: {name}",
  "settings.roles.newName": "Name of the copy",
  "settings.roles.created": "Role {name} created.",
  "settings.roles.cloned": "Role {name} created as a copy.",
  "settings.roles.empty": "No roles yet.",
  "settings.roles.kind": "Kind",
  "settings.roles.fromTemplate": "From a template",
  "settings.roles.readOnly": "Read-only",
  "settings.roles.readOnlyHint":
    "Its holders may view what its rights reach and change nothing at all, whatever else they hold.",
  "settings.roles.holders": "Holders",
  "settings.roles.backToList": "All roles",
  "settings.roles.tabsLabel": "Parts of the role",
  "settings.roles.permissions": "Permissions",
  "settings.roles.matrixIntro":
    "Each cell says how far the role reaches for that action: its holder's own records, their team's, their department's, their sales direction's or all of the project's. A change counts from each holder's next request.",
  "settings.roles.readOnlyNote":
    "This role is read-only: whatever the cells say, its holders may only view.",
  "settings.roles.matrixCaption": "Rights of {name}",
  "settings.roles.resource": "What",
  "settings.roles.scope": "Reach",
  "settings.roles.cellSaved": "Saved: {resource}, {action}: {scope}.",
  "settings.roles.conditionalCount": "+ {count} with a condition",
  "settings.roles.conditionalTitle": "Rights with a condition",
  "settings.roles.noConditional":
    "None: every right above holds on all the records its reach covers.",
  "settings.roles.addConditional": "Add a right with a condition",
  "settings.roles.conditionalHelp":
    "The right holds only on records where the condition does, e.g. deals whose partner company has the holder as its responsible.",
  "settings.roles.conditionHint":
    "The condition language of the permission model: eq, ne, in, lt, gt, and, or, not; variables $me, $myDirection, $myDepartment.",
  "settings.roles.when": "when",
  "settings.roles.removeGrantNamed": "Remove {grant}",
  "settings.roles.removeGrantTitle": "Remove this right?",
  "settings.roles.editTitle": "Edit {name}",
  "settings.roles.deleteTitle": "Delete the role {name}?",
  "settings.roles.deleteBody":
    "Only a role nobody holds can be deleted. Its rights go with it; this cannot be undone.",
  "settings.roles.deleted": "Role deleted.",
  "settings.roles.noHolders": "Nobody holds this role.",
  "settings.roles.until": "Until",
  "settings.roles.noEnd": "No end",
  "settings.roles.expired": "Expired",
  "settings.roles.giveTo": "Give the role to",
  "settings.roles.untilOptional": "Until (optional)",
  "settings.roles.assign": "Give role",
  "settings.roles.assignTo": "Give {role} to an employee",
  "settings.roles.assigned": "{name} now holds {role}.",
  "settings.roles.unassignNamed": "Take the role from {name}",
  "settings.roles.unassignTitle": "Take {role} from {name}?",
  "settings.roles.unassignBody": "Their rights from this role end at their next request.",
  "settings.roles.unassigned": "{name} no longer holds {role}.",

  "settings.groups.intro":
    "A CRM group gives its members rights on contacts, objects, activities and deals (D3). Its managers look after it.",
  "settings.groups.new": "New group",
  "settings.groups.created": "Group {name} created.",
  "settings.groups.empty": "No CRM groups yet.",
  "settings.groups.managers": "Managers",
  "settings.groups.manager": "Manager",
  "settings.groups.members": "Members",
  "settings.groups.firstManager": "Manager",
  "settings.groups.firstManagerHint":
    "A group always has at least one manager; add more members later.",
  "settings.groups.backToList": "All CRM groups",
  "settings.groups.editTitle": "Edit {name}",
  "settings.groups.deleteTitle": "Delete the group {name}?",
  "settings.groups.deleteBody":
    "Its members lose the group's rights at their next request. A group that limits a section or a document template cannot be deleted until it is taken off them.",
  "settings.groups.deleted": "Group deleted.",
  "settings.groups.makeManager": "Make manager",
  "settings.groups.unmakeManager": "Not a manager",
  "settings.groups.asManager": "As a manager",
  "settings.groups.rights": "Rights of every member",
  "settings.groups.rightsIntro":
    "A group carries rights on records only; rights on settings are given through roles.",

  "settings.overrides.title": "Personal overrides",
  "settings.overrides.intro":
    "Allow or deny one action to this employee alone, e.g. deny deleting activities, or allow deleting contacts. A deny always beats any right from a role or group.",
  "settings.overrides.none": "No personal overrides.",
  "settings.overrides.add": "Add override",
  "settings.overrides.addTitle": "Override for {name}",
  "settings.overrides.effect": "Effect",
  "settings.overrides.allow": "Allow",
  "settings.overrides.deny": "Deny",
  "settings.overrides.conditionHelp":
    "With a condition, the override holds only on the records where it does, e.g. deny deleting deals already won; without one, it holds on every record.",
  "settings.overrides.note": "Why",
  "settings.overrides.noteHint": "For the next administrator who wonders.",
  "settings.overrides.removeTitle": "Remove this override of {name}?",
} as const;

export type TSettingsAccessMessages = TMirror<typeof settingsAccess>;

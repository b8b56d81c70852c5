/** Roles, grants, field rules, overrides and CRM groups (D1–D5, D8). */
export const rolesMessages = {
  "roles.staleCheck":
    "Someone changed this {thing} since you loaded it. Reload it, check their change and try again.",
  "roles.roleNameTaken": '"{name}" is already the name of another role; choose another.',
  "roles.groupNameTaken": '"{name}" is already the name of another group; choose another.',
  "roles.mayNotRole": "You may not {action} role {name}. {detail}",
  "roles.mayNotGroup": "You may not {action} group {name}. {detail}",
  "roles.mayNotRolesOf": "You may not {action} the roles of {name}. {detail}",
  "roles.mayNotOverridesOf": "You may not {action} the overrides of {name}. {detail}",
  "roles.mayNotGroupsOf": "You may not {action} the groups of {name}. {detail}",
  "roles.mayNotRoles": "You may not {action} roles. {detail}",
  "roles.mayNotGroups": "You may not {action} groups. {detail}",
  "roles.readOnlySelf":
    "Role {role} is read-only: holding it, you could change nothing, not even take it off again. Ask another Admin to do it.",
  "roles.roleGrantExists":
    "Role {name} already grants {action} on {resource} at scope {scope} with this condition.",
  "roles.groupGrantExists":
    "Group {name} already grants {action} on {resource} at scope {scope} with this condition.",
  "roles.expiryInPast": "give a moment in the future, or none; to end the role now, unassign it.",
  "roles.alreadyHeld":
    "{employee} already holds role {role}; send the assignment's version to change when it ends.",
  "roles.alreadyHeldUntil":
    "{employee} already holds role {role} until {until}; send the assignment's version to change when it ends.",
  "roles.noSuchTemplate":
    'there is no built-in template "{template}"; clone one of the project\'s roles instead.',
  "roles.heldByOne":
    "Role {role} is held by 1 employee ({names}). Unassign it from them first, so no one loses rights by surprise.",
  "roles.heldByMany":
    "Role {role} is held by {count} employees ({names}). Unassign it from them first, so no one loses rights by surprise.",
  "roles.heldByManyMore":
    "Role {role} is held by {count} employees ({names} and {more} more). Unassign it from them first, so no one loses rights by surprise.",
  "roles.fieldRuleExists":
    "Role {role} already has a rule for {field} ({access}); send its version to change it.",
  "roles.invalidGrant": "This grant cannot be saved. {detail}",
  "roles.invalidGroupGrant": "This group grant cannot be saved. {detail}",
  "roles.invalidOverride": "This override cannot be saved. {detail}",
  "roles.invalidFieldRule": "This field rule cannot be saved. {detail}",
  "roles.noSuchManager": "no employee of this project has the id {id}.",
  "roles.groupLimits":
    "Group {name} limits {detail}. Take it off them first, so they do not open to everyone.",
  "roles.lastManager":
    "{employee} is the last manager of group {group}. Make another member a manager first, or delete the group.",
  "roles.lastManagerUnnamed":
    "This employee is the last manager of group {group}. Make another member a manager first, or delete the group.",
  "roles.notGroupMember": "This employee is not a member of group {group}.",
} as const;

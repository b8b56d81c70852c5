/** Employees and their place in the hierarchy (C1–C4), and the access explanation (D10). */
export const employeesMessages = {
  "employees.noSuchEmployee": "There is no such employee in this project.",
  "employees.ownPlacement":
    "You may not change your own manager, department or direction. Ask an Admin to change it for you.",
  "employees.ownStatus": "You may not change your own status. Ask an Admin to change it for you.",
  "employees.ownExpiry":
    "You may not change your own access expiry. Ask an Admin to change it for you.",
  "employees.emailTaken": "{email} already works in this project.",
  "employees.firstPassword": "{email} has no account yet; give them a first password.",
  "employees.managerRefused": "{detail}",
  "employees.noSuchDepartment": "there is no such department in this project.",
  "employees.noSuchBranch": "there is no such branch in this project.",
  "employees.noSuchDirection": "there is no such direction in this project.",
  "employees.hierarchyRule": "{detail}",
  "permissions.noRecords": "{resource} has no records; leave it out.",
  "permissions.sayWhichRecord": "say which {resource} to explain.",
} as const;

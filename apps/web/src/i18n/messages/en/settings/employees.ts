import type { TMirror } from "./mirror";

/** Employee settings (C1, C2, E2): the list, a new employee, one employee's page. */
export const settingsEmployees = {
  "settings.employees.intro":
    "Everyone who works in this project: their manager, department, branch and sales direction, and whether they may sign in.",
  "settings.employees.new": "New employee",
  "settings.employees.filtersLabel": "Search and filter employees",
  "settings.employees.search": "Search employees",
  "settings.employees.searchPlaceholder": "Name or e-mail",
  "settings.employees.any": "Any",
  "settings.employees.clearFilters": "Clear filters",
  "settings.employees.count": "Employees shown: {count}",
  "settings.employees.empty": "No employees yet.",
  "settings.employees.backToList": "All employees",

  "settings.employees.name": "Name",
  "settings.employees.email": "Login e-mail",
  "settings.employees.emailHint": "They sign in with it. It cannot be changed here later.",
  "settings.employees.password": "First password",
  "settings.employees.passwordHint":
    "At least 12 characters. Needed only for a new e-mail; someone who already works in another project keeps their password.",
  "settings.employees.phone": "Phone",
  "settings.employees.position": "Position",
  "settings.employees.userType": "User type",
  "settings.employees.userTypeOnce":
    "Choose carefully: the user type is fixed when the employee is created and can never be changed.",
  "settings.employees.userTypeFixed":
    "Chosen when the employee was created; it can never be changed. To give someone another type, create a new employee.",
  "settings.employees.userType.admin": "Admin",
  "settings.employees.userType.admin.hint": "Sees and sets up everything in the project.",
  "settings.employees.userType.administration": "Administration",
  "settings.employees.userType.administration.hint":
    "A manager: sees their own records and their employees'.",
  "settings.employees.userType.employee": "Employee",
  "settings.employees.userType.employee.hint":
    "Works with their own records; reports to an Administration user.",
  "settings.employees.manager": "Responsible (manager)",
  "settings.employees.managerHint": "Must be a user of type {type}.",
  "settings.employees.adminHasNoManager": "An Admin has no responsible.",
  "settings.employees.department": "Department",
  "settings.employees.branch": "Branch",
  "settings.employees.direction": "Sales direction",
  "settings.employees.directionHint": "Stamped on the companies, interests and deals they create.",
  "settings.employees.orgUnavailable":
    "You may not read the organisation settings, so the department, branch and direction cannot be changed here.",
  "settings.employees.shownInList": "Shown in the employee list",
  "settings.employees.shownInListHint":
    "Turn off for service accounts and people others should not pick, e.g. as a responsible.",
  "settings.employees.reminderInterval": "Reminder interval (minutes)",
  "settings.employees.reminderIntervalHint":
    "A pop-up every so many minutes until the task is resolved. Empty turns reminders off.",
  "settings.employees.createTitle": "New employee",
  "settings.employees.createIntro":
    "Their login, their place in the company and who they report to. Roles are given on the roles page.",
  "settings.employees.createSubmit": "Create employee",
  "settings.employees.created": "{name} was created.",
  "settings.employees.detailsTitle": "Details and place in the company",
  "settings.employees.saved": "Changes saved.",
  "settings.employees.nothingChanged": "Nothing has changed yet.",
  "settings.employees.reload": "Load their latest details",

  "settings.employees.accessTitle": "Access",
  "settings.employees.status": "Status",
  "settings.employees.current": "now",
  "settings.employees.status.active": "Active",
  "settings.employees.status.active.hint": "May sign in from anywhere.",
  "settings.employees.status.ip_restricted": "IP-restricted",
  "settings.employees.status.ip_restricted.hint":
    "May sign in only from the allowed networks on the Security page.",
  "settings.employees.status.blocked": "Blocked",
  "settings.employees.status.blocked.hint": "May not sign in; open sessions end at once.",
  "settings.employees.changeStatus": "Change status",
  "settings.employees.confirmStatusTitle": "Make {name} {status}?",
  "settings.employees.confirmStatus": "Make {status}",
  "settings.employees.confirm.active":
    "They may sign in again from any network, with the rights their roles give.",
  "settings.employees.confirm.ip_restricted":
    "From their next request on, they may work only from the allowed networks. Anywhere else they are refused.",
  "settings.employees.confirm.blocked":
    "They are signed out everywhere at their next request and cannot sign in until you make them active again. Their records stay.",
  "settings.employees.statusChanged": "{name} is now {status}.",
  "settings.employees.expired": "Access expired",
  "settings.employees.accessUntil": "Access until",
  "settings.employees.hiddenFromList": "Not in the list",
  "settings.employees.expiry": "Access expiry",
  "settings.employees.expiryCurrent": "Access ends on",
  "settings.employees.expiryNone": "Access does not expire.",
  "settings.employees.expiryNew": "Ends at",
  "settings.employees.expiryInvalid": "Pick a date and a time.",
  "settings.employees.expirySetAction": "Set expiry",
  "settings.employees.expiryChange": "Change expiry",
  "settings.employees.expiryRemove": "Remove expiry",
  "settings.employees.expiryConfirmTitle": "Limit {name}'s access?",
  "settings.employees.expiryConfirmBody":
    "{name} may work until {when}. After that they are signed out at their next request and cannot sign in.",
  "settings.employees.expiryRemoveTitle": "Remove {name}'s access expiry?",
  "settings.employees.expiryRemoveBody": "{name}'s access will no longer end on its own.",
  "settings.employees.expirySet": "{name}'s access expiry is set.",
  "settings.employees.expiryRemoved": "{name}'s access no longer expires.",
} as const;

export type TSettingsEmployeesMessages = TMirror<typeof settingsEmployees>;

/** The organisation settings: departments, branches, sales directions, work groups (B1–B4). */
export const orgMessages = {
  "org.staleReload": "Someone changed this {thing} since you loaded it. Reload and try again.",
  "org.takenSameParent": '"{value}" is already used under the same parent.',
  "org.takenNewParent": '"this name" is already used under the new parent.',
  "org.takenByDepartment": '"{value}" is already used by another department.',
  "org.takenByBranch": '"{value}" is already used by another branch.',
  "org.takenByDirection": '"{value}" is already used by another sales direction.',
  "org.takenByWorkGroup": '"{value}" is already used by another work group.',
  "org.stillReferenced":
    '"{name}" is still used by employees or records; move them elsewhere first.',
  "org.branchHasEmployee": '"{name}" has {count} employee; move them to another branch first.',
  "org.branchHasEmployees":
    '"{name}" has {count} employees; move them all to another branch first.',
  "org.noSuchParent": "no such department in this project.",
  "org.parentRefused": "{detail}",
  "org.parentInsideItself":
    "a department cannot be moved under itself or one of its sub-departments.",
  "org.departmentHasChild": '"{name}" has {count} sub-department; move or delete it first.',
  "org.departmentHasChildren": '"{name}" has {count} sub-departments; move or delete them first.',
  "org.departmentHasEmployee":
    '"{name}" has {count} employee; move them to another department first.',
  "org.departmentHasEmployees":
    '"{name}" has {count} employees; move them all to another department first.',
  "org.directionInUse":
    '"{name}" is still used by {employees} employee(s) and {recordCount} record(s); give them another direction first.',
  "org.noSuchEmployee": "no such employee in this project.",
  "org.notWorkGroupMember": "This employee is not a member of the work group.",
} as const;

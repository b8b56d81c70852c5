import type { TProjectScope } from "../access/project-scope";
import { changeEmployee } from "./change-employee";
import { assertPlacement } from "./check-placement";
import type { TEmployee } from "./employee-select";

export type TEmployeeFields = {
  name?: string | undefined;
  phone?: string | null | undefined;
  position?: string | null | undefined;
  managerId?: string | null | undefined;
  departmentId?: string | null | undefined;
  branchId?: string | null | undefined;
  directionId?: string | null | undefined;
  shownInList?: boolean | undefined;
  reminderIntervalMinutes?: number | null | undefined;
};

// What decides one's own reach: the manager chain (subordinates), department and direction.
const ACCESS_FIELDS = ["managerId", "departmentId", "directionId"] as const;

/** Saves an employee's details; the user type is not among them (C2). */
export function updateEmployee(
  scope: TProjectScope,
  input: { id: string; version: number; fields: TEmployeeFields },
): Promise<TEmployee> {
  const { fields } = input;
  const touchesAccess = ACCESS_FIELDS.some((field) => fields[field] !== undefined);
  return changeEmployee(scope, {
    id: input.id,
    version: input.version,
    ownAccess: touchesAccess ? "placement" : null,
    auditAction: "update",
    data: fields,
    check: async (tx, target) => {
      const managerId = fields.managerId === undefined ? target.managerId : fields.managerId;
      if (!touchesAccess && fields.branchId === undefined) return;
      await assertPlacement(tx, scope.project.id, target, managerId, fields);
    },
  });
}

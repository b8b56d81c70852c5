import type { RouterInputs } from "@charter/api";

type TEmployeeFields = RouterInputs["employees"]["update"]["fields"];

type TEditable = {
  name: string;
  phone: string | null;
  position: string | null;
  managerId: string | null;
  departmentId: string | null;
  branchId: string | null;
  directionId: string | null;
  shownInList: boolean;
  reminderIntervalMinutes: number | null;
};

/** The edit form's state: text boxes hold strings, an empty one meaning "none". */
export type TEmployeeForm = {
  name: string;
  phone: string;
  position: string;
  managerId: string;
  departmentId: string;
  branchId: string;
  directionId: string;
  shownInList: boolean;
  reminderIntervalMinutes: string;
};

export function toEmployeeForm(employee: TEditable): TEmployeeForm {
  return {
    name: employee.name,
    phone: employee.phone ?? "",
    position: employee.position ?? "",
    managerId: employee.managerId ?? "",
    departmentId: employee.departmentId ?? "",
    branchId: employee.branchId ?? "",
    directionId: employee.directionId ?? "",
    shownInList: employee.shownInList,
    reminderIntervalMinutes: employee.reminderIntervalMinutes?.toString() ?? "",
  };
}

/** "" is off; anything else is sent as typed (a number, or NaN for the API to refuse by name). */
function readInterval(text: string): number | null {
  return text.trim() === "" ? null : Number(text.trim());
}

/**
 * The fields whose value differs from the employee's, as the API's `update` takes them, or
 * null when nothing changed. Unchanged fields are left out, so a field the reader could not
 * see (a department they may not list) is never overwritten.
 */
export function changedEmployeeFields(
  employee: TEditable,
  form: TEmployeeForm,
): TEmployeeFields | null {
  const next: TEditable = {
    name: form.name.trim(),
    phone: form.phone.trim() || null,
    position: form.position.trim() || null,
    managerId: form.managerId || null,
    departmentId: form.departmentId || null,
    branchId: form.branchId || null,
    directionId: form.directionId || null,
    shownInList: form.shownInList,
    reminderIntervalMinutes: readInterval(form.reminderIntervalMinutes),
  };
  const changed = Object.fromEntries(
    (Object.keys(next) as (keyof TEditable)[])
      .filter((key) => !Object.is(next[key], employee[key]))
      .map((key) => [key, next[key]]),
  );
  return Object.keys(changed).length > 0 ? changed : null;
}

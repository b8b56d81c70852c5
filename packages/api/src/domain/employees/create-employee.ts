import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { hashPassword } from "../auth/password-hash";
import { assertPlacement } from "./check-placement";
import { toRuleViolation } from "./database-rules";
import { EMPLOYEE_SELECT, presentEmployee, type TEmployee } from "./employee-select";
import { assertMayChangeEmployee } from "./employee-target";

export type TCreateEmployeeInput = {
  name: string;
  email: string;
  /** Needed only when the e-mail has no account yet; an existing account keeps its password. */
  password?: string | undefined;
  phone?: string | null | undefined;
  position?: string | null | undefined;
  userType: "admin" | "administration" | "employee";
  managerId: string | null;
  departmentId?: string | null | undefined;
  branchId?: string | null | undefined;
  directionId?: string | null | undefined;
  shownInList?: boolean | undefined;
  reminderIntervalMinutes?: number | null | undefined;
  status?: "active" | "ip_restricted" | "blocked" | undefined;
  accessExpiresAt?: Date | null | undefined;
};

/**
 * Creates an Employee of the project with the user type fixed for good (C2), creating the
 * login account for a new e-mail or linking the existing one.
 */
export async function createEmployee(
  scope: TProjectScope,
  input: TCreateEmployeeInput,
): Promise<TEmployee> {
  const projectId = scope.project.id;
  const placement = {
    managerId: input.managerId,
    departmentId: input.departmentId ?? null,
    branchId: input.branchId ?? null,
    directionId: input.directionId ?? null,
  };
  // Only an Admin creates an Admin: the engine judges the draft like any other target.
  assertMayChangeEmployee(scope, "create", {
    id: "",
    projectId,
    userType: input.userType,
    ...placement,
  });
  const email = input.email.toLowerCase();
  const passwordHash = input.password ? await hashPassword(input.password) : null;

  return scope.db.$transaction(async (tx) => {
    await assertPlacement(
      tx,
      projectId,
      { id: "", name: input.name, userType: input.userType },
      input.managerId,
      placement,
    );
    let user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (user) {
      const member = await tx.employee.count({ where: { projectId, userId: user.id } });
      if (member > 0) {
        throw new AppError(
          "CONFLICT",
          { key: "employees.emailTaken", params: { email } },
          { field: "email" },
        );
      }
    } else {
      if (!passwordHash) {
        throw new AppError(
          "INVALID_INPUT",
          { key: "employees.firstPassword", params: { email } },
          { field: "password" },
        );
      }
      user = await tx.user.create({
        data: { email, name: input.name, passwordHash },
        select: { id: true },
      });
    }
    const created = await tx.employee
      .create({
        data: {
          projectId,
          userId: user.id,
          name: input.name,
          phone: input.phone ?? null,
          position: input.position ?? null,
          userType: input.userType,
          ...placement,
          shownInList: input.shownInList ?? true,
          reminderIntervalMinutes: input.reminderIntervalMinutes ?? null,
          status: input.status ?? "active",
          accessExpiresAt: input.accessExpiresAt ?? null,
        },
        select: EMPLOYEE_SELECT,
      })
      .catch((error: unknown) => {
        throw toRuleViolation(error) ?? error;
      });
    const after = presentEmployee(created);
    await scope.writeAudit(tx, {
      action: "create",
      resource: "settings.employees",
      recordId: created.id,
      after,
    });
    return after;
  });
}

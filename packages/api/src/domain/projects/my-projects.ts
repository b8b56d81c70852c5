import type { PrismaClient } from "@charter/db/client";

import { AppError } from "../../errors";
import { writeAudit } from "../audit/write-audit";
import { findUsableEmployee } from "../session/find-usable-employee";
import { buildUsableEmployeeWhere } from "../session/usable-employee-where";
import { isIpAllowed } from "../subject/ip-allowed";

type TSessionScope = {
  db: PrismaClient;
  user: { id: string; email: string };
  employee: { id: string };
  clientIp: string | null;
  now: Date;
};

/** The projects the signed-in user may act in now (A1), the session's own marked current. */
export async function listMyProjects(scope: TSessionScope) {
  const rows = await scope.db.employee.findMany({
    where: { userId: scope.user.id, ...buildUsableEmployeeWhere(scope.now) },
    select: {
      id: true,
      position: true,
      userType: true,
      project: { select: { id: true, name: true } },
    },
    orderBy: [{ project: { name: "asc" } }, { id: "asc" }],
  });
  return rows.map(({ id, ...row }) => ({
    employeeId: id,
    ...row,
    current: id === scope.employee.id,
  }));
}

/**
 * Checks that the session may act as `employeeId` from the next request on: one of the
 * user's own Employees, usable, and (when IP-restricted) reached from an allowed address.
 * Anything else answers as a missing id. The choice is written in the target project's
 * audit log; the web app then stores it in the session, where every request re-checks it.
 */
export async function switchProject(scope: TSessionScope, employeeId: string) {
  const target = await findUsableEmployee(scope.db, {
    userId: scope.user.id,
    employeeId,
    now: scope.now,
  });
  if (!target) {
    throw new AppError("NOT_FOUND", { key: "projects.notYours" });
  }
  if (
    target.status === "ip_restricted" &&
    (scope.clientIp === null || !(await isIpAllowed(scope.db, target.projectId, scope.clientIp)))
  ) {
    throw new AppError(
      "FORBIDDEN",
      { key: "projects.ipRestricted", params: { project: target.project.name } },
      { rule: "ip-restricted" },
    );
  }
  await writeAudit(
    scope.db,
    {
      projectId: target.projectId,
      employeeId: target.id,
      actorEmail: scope.user.email,
      ip: scope.clientIp,
    },
    { action: "switch_project", resource: "settings.org", recordId: target.projectId },
  );
  return { employeeId: target.id, project: target.project };
}

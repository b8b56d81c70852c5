import type { Subject } from "@charter/core/engine";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { loadSubject } from "../subject/load-subject";

/**
 * Another employee of the caller's project as the engine sees them now, for explaining and
 * viewing as them: judged from an allowed network, since their address is not known here.
 */
export async function loadProjectEmployee(
  scope: TProjectScope,
  employeeId: string,
): Promise<Subject> {
  const target = await loadSubject(scope.db, {
    employeeId,
    clientIp: null,
    now: scope.subject.context.now,
    assumeIpAllowed: true,
  });
  if (!target || target.subject.projectId !== scope.project.id) {
    throw new AppError("NOT_FOUND", { key: "access.noEmployee" });
  }
  return target.subject;
}

import { AppError } from "../../errors";
import type { TDbClient } from "../access/project-scope";
import { buildUsableEmployeeWhere } from "../session/usable-employee-where";

/**
 * The assignee and participants must be usable employees of the task's project: an id from
 * another project, or of a blocked or expired employee, is an input error naming the field.
 */
export async function assertTaskPeopleOrThrow(
  db: TDbClient,
  input: { projectId: string; now: Date },
  people: { assigneeId?: string | null | undefined; participantIds?: string[] | undefined },
): Promise<void> {
  const ids = [...(people.assigneeId ? [people.assigneeId] : []), ...(people.participantIds ?? [])];
  if (ids.length === 0) return;
  const found = await db.employee.findMany({
    where: {
      AND: [{ id: { in: ids }, projectId: input.projectId }, buildUsableEmployeeWhere(input.now)],
    },
    select: { id: true },
  });
  const usable = new Set(found.map((employee) => employee.id));
  if (people.assigneeId && !usable.has(people.assigneeId)) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "access.noActiveEmployee" },
      { field: "assigneeId" },
    );
  }
  const unknown = (people.participantIds ?? []).filter((id) => !usable.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "tasks.unknownParticipants", params: { ids: unknown.join(", ") } },
      { field: "participantIds" },
    );
  }
}

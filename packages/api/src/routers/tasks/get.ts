import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { findTaskOrThrow } from "../../domain/tasks/list-tasks";
import { TASK_LINKS } from "../../domain/tasks/task-select";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One task; one outside the subject's reach is answered as a missing id (D7). */
export const getProcedure = projectProcedure
  .use(requires("task", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "task",
      await withVisibleLink(
        ctx,
        await findTaskOrThrow(ctx.db, { id: input.id, reach: ctx.reach("task", "view") }),
        TASK_LINKS,
      ),
    ),
  );

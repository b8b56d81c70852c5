import { listAuditEntries } from "../../domain/audit/list-audit-entries";
import { encodeCursor } from "../../domain/pagination/keyset-cursor";
import { AppError } from "../../errors";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The project's audit log with filters by who, what, record and time (E3). */
export const listProcedure = projectProcedure
  .use(requires("audit", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(async ({ ctx, input }) => {
    if (input.from && input.to && input.from >= input.to) {
      throw new AppError("INVALID_INPUT", { key: "audit.periodOrder" });
    }
    const { cursor, limit, ...filters } = input;
    const page = await listAuditEntries(ctx.db, {
      projectId: ctx.project.id,
      filters,
      cursor,
      limit,
    });
    return {
      items: page.items,
      nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
    };
  });

import { encodeEmployeeCursor } from "../../domain/employees/employee-cursor";
import { findRoleHolders } from "../../domain/roles/role-holders";
import { projectProcedure, requires } from "../../trpc";
import { ZHoldersInput, ZHoldersOutput } from "./holders.types";

/** Who holds a role, by name, a page at a time; read with the same right as the role itself. */
export const holdersProcedure = projectProcedure
  .use(requires("settings.roles", "view"))
  .input(ZHoldersInput)
  .output(ZHoldersOutput)
  .query(async ({ ctx, input }) => {
    const page = await findRoleHolders(ctx, input);
    return { ...page, nextCursor: page.nextCursor ? encodeEmployeeCursor(page.nextCursor) : null };
  });

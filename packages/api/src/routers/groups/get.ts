import { findGroupOrThrow } from "../../domain/groups/group-select";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** A group with its members (managers first) and its grants. */
export const getProcedure = projectProcedure
  .use(requires("settings.roles", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(({ ctx, input }) => findGroupOrThrow(ctx.db, ctx.project.id, input.id));

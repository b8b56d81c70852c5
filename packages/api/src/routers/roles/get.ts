import { findRoleOrThrow } from "../../domain/roles/find-roles";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** A role with its grants, field rules and how many hold it (`holders` says who). */
export const getProcedure = projectProcedure
  .use(requires("settings.roles", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(({ ctx, input }) => findRoleOrThrow(ctx, input.id));

import { findProfile } from "../../../domain/projects/project-profile";
import { projectProcedure } from "../../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/**
 * The current project's profile. Everyone in the project reads it: its name heads every
 * page and its fields fill every document (A2); changing it needs `settings.org` edit.
 */
export const getProcedure = projectProcedure
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(({ ctx }) => findProfile(ctx.db, ctx.project.id));

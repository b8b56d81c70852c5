import { switchProject } from "../../domain/projects/my-projects";
import { authedProcedure } from "../../trpc";
import { ZSwitchInput, ZSwitchOutput } from "./switch.types";

/**
 * Confirms the project this session may act in from the next request (A1). It works from
 * any project the person is in, even one whose network refuses them, so they can leave it.
 * The web app then stores the choice in the session cookie (`update({ employeeId })`).
 */
export const switchProcedure = authedProcedure
  .input(ZSwitchInput)
  .output(ZSwitchOutput)
  .mutation(({ ctx, input }) => switchProject(ctx, input.employeeId));

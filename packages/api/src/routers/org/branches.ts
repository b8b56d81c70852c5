import { createBranch, deleteBranch, listBranches, updateBranch } from "../../domain/org/branches";
import { projectProcedure, requires } from "../../trpc";
import {
  ZBranch,
  ZCreateBranchInput,
  ZDeleted,
  ZNone,
  ZRef,
  ZUpdateBranchInput,
} from "./org.schema";

/** Branches by name, each with its employee count (B2). */
export const listBranchesProcedure = projectProcedure
  .use(requires("settings.org", "view"))
  .input(ZNone)
  .output(ZBranch.array())
  .query(({ ctx }) => listBranches(ctx));

export const createBranchProcedure = projectProcedure
  .use(requires("settings.org", "create"))
  .input(ZCreateBranchInput)
  .output(ZBranch)
  .mutation(({ ctx, input }) => createBranch(ctx, input));

export const updateBranchProcedure = projectProcedure
  .use(requires("settings.org", "edit"))
  .input(ZUpdateBranchInput)
  .output(ZBranch)
  .mutation(({ ctx, input }) => updateBranch(ctx, input));

/** Only a branch no employee belongs to. */
export const deleteBranchProcedure = projectProcedure
  .use(requires("settings.org", "delete"))
  .input(ZRef("branch"))
  .output(ZDeleted)
  .mutation(async ({ ctx, input }) => {
    await deleteBranch(ctx, input);
    return { id: input.id };
  });

import { removeGrant } from "../../domain/roles/grants";
import { projectProcedure, requires } from "../../trpc";
import { ZRemoveGrantInput, ZRemoveGrantOutput } from "./remove-grant.types";

export const removeGrantProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZRemoveGrantInput)
  .output(ZRemoveGrantOutput)
  .mutation(async ({ ctx, input }) => {
    await removeGrant(ctx, "group", input);
    return { id: input.id };
  });

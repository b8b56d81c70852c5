import { removeOverride } from "../../domain/roles/overrides";
import { projectProcedure, requires } from "../../trpc";
import { ZRemoveOverrideInput, ZRemoveOverrideOutput } from "./remove-override.types";

export const removeOverrideProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZRemoveOverrideInput)
  .output(ZRemoveOverrideOutput)
  .mutation(async ({ ctx, input }) => {
    await removeOverride(ctx, input);
    return { id: input.id };
  });

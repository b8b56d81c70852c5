import { addOverride } from "../../domain/roles/overrides";
import { projectProcedure, requires } from "../../trpc";
import { ZAddOverrideInput, ZAddOverrideOutput } from "./add-override.types";

/** A personal allow or deny (D4); a deny beats every grant. Not on oneself unless an Admin. */
export const addOverrideProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZAddOverrideInput)
  .output(ZAddOverrideOutput)
  .mutation(({ ctx, input }) => addOverride(ctx, input));

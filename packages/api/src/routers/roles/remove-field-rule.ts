import { removeFieldRule } from "../../domain/roles/field-rules";
import { projectProcedure, requires } from "../../trpc";
import { ZRemoveFieldRuleInput, ZRemoveFieldRuleOutput } from "./remove-field-rule.types";

export const removeFieldRuleProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZRemoveFieldRuleInput)
  .output(ZRemoveFieldRuleOutput)
  .mutation(async ({ ctx, input }) => {
    await removeFieldRule(ctx, input);
    return { id: input.id };
  });

import { setFieldRule } from "../../domain/roles/field-rules";
import { projectProcedure, requires } from "../../trpc";
import { ZSetFieldRuleInput, ZSetFieldRuleOutput } from "./set-field-rule.types";

/** Hides a built-in field from a role's holders, or makes it read-only (or writable again). */
export const setFieldRuleProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZSetFieldRuleInput)
  .output(ZSetFieldRuleOutput)
  .mutation(({ ctx, input }) => setFieldRule(ctx, input));

import { createRecordType } from "../../domain/custom-fields/manage-types";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateTypeInput, ZCreateTypeOutput } from "./create-type.types";

/** A new type of company, contact or object, to give its own sections (F1). */
export const createTypeProcedure = projectProcedure
  .use(requires("settings.fields", "create"))
  .input(ZCreateTypeInput)
  .output(ZCreateTypeOutput)
  .mutation(({ ctx, input }) => createRecordType(ctx, input));

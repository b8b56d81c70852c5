import { renameRecordType } from "../../domain/custom-fields/manage-types";
import { projectProcedure, requires } from "../../trpc";
import { ZRenameTypeInput, ZRenameTypeOutput } from "./rename-type.types";

/** Renames a record type; its kind never changes. */
export const renameTypeProcedure = projectProcedure
  .use(requires("settings.fields", "edit"))
  .input(ZRenameTypeInput)
  .output(ZRenameTypeOutput)
  .mutation(({ ctx, input }) => renameRecordType(ctx, input));

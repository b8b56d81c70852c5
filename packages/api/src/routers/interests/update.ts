import { withRecordCan } from "../../domain/access/record-can";
import { updateInterest } from "../../domain/interests/write-interests";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves an interest's fields, refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("interest", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "interest", await updateInterest(ctx, input)),
  );

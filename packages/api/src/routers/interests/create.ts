import { withRecordCan } from "../../domain/access/record-can";
import { createInterest } from "../../domain/interests/write-interests";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** A new interest, stamped with the creator's sales direction (B3). */
export const createProcedure = projectProcedure
  .use(requires("interest", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "interest", await createInterest(ctx, input)),
  );

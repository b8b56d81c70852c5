import { withRecordCan } from "../../domain/access/record-can";
import { createCompany } from "../../domain/companies/create-company";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** A new company, stamped with the creator's sales direction (B3). */
export const createProcedure = projectProcedure
  .use(requires("company", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "company", await createCompany(ctx, input)),
  );

import { withRecordCan } from "../../domain/access/record-can";
import { assignCompany } from "../../domain/companies/assign-company";
import { projectProcedure, requires } from "../../trpc";
import { ZAssignInput, ZAssignOutput } from "./assign.types";

/** Changes a company's responsible; needs the `assign` right on it. */
export const assignProcedure = projectProcedure
  .use(requires("company", "assign"))
  .input(ZAssignInput)
  .output(ZAssignOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "company", await assignCompany(ctx, input)),
  );

import { withRecordCan } from "../../domain/access/record-can";
import { updateCompany } from "../../domain/companies/update-company";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves a company's fields, refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("company", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(ctx, "company", await updateCompany(ctx, input)),
  );

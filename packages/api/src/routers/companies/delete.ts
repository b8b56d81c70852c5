import { deleteCompany } from "../../domain/companies/delete-company";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/** Deletes a company at the version the caller read. */
export const deleteProcedure = projectProcedure
  .use(requires("company", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteCompany(ctx, input);
    return { id: input.id };
  });

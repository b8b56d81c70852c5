import { exportCompanies } from "../../domain/exports/export-companies";
import { projectProcedure, requires } from "../../trpc";
import { ZCompaniesInput, ZCompaniesOutput } from "./companies.types";

/** The companies the caller may export, as CSV; written to the audit log (E3, D7). */
export const companiesProcedure = projectProcedure
  .use(requires("company", "export"))
  .input(ZCompaniesInput)
  .output(ZCompaniesOutput)
  .mutation(({ ctx, input }) => exportCompanies(ctx, input));

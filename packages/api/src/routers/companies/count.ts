import { companySearchFields, countCompanies } from "../../domain/companies/list-companies";
import { fieldAccessOf } from "../../domain/fields/built-in-fields";
import { projectProcedure, requires } from "../../trpc";
import { ZCountInput, ZCountOutput } from "./count.types";

/** How many companies `list` would return in all, for the same search. */
export const countProcedure = projectProcedure
  .use(requires("company", "view"))
  .input(ZCountInput)
  .output(ZCountOutput)
  .query(async ({ ctx, input }) => ({
    count: await countCompanies(ctx.db, {
      projectId: ctx.project.id,
      reach: ctx.reach("company", "view"),
      search: input.search,
      searchIn: companySearchFields(fieldAccessOf(ctx.subject, "company")),
    }),
  }));

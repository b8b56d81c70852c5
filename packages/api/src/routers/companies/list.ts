import { presentCompanyFor } from "../../domain/companies/company-select";
import { companySearchFields, listCompanies } from "../../domain/companies/list-companies";
import { encodeCursor } from "../../domain/pagination/keyset-cursor";
import { fieldAccessOf } from "../../domain/fields/built-in-fields";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The companies the subject may view, newest change first, a page at a time. */
export const listProcedure = projectProcedure
  .use(requires("company", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(async ({ ctx, input }) => {
    const page = await listCompanies(ctx.db, {
      projectId: ctx.project.id,
      reach: ctx.reach("company", "view"),
      search: input.search,
      searchIn: companySearchFields(fieldAccessOf(ctx.subject, "company")),
      cursor: input.cursor,
      limit: input.limit,
    });
    return {
      items: page.items.map(presentCompanyFor(ctx.subject)),
      nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
    };
  });

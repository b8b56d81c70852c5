import { withVisibleLinks } from "../../domain/access/visible-links";
import { CONTACT_LINKS } from "../../domain/contacts/contact-select";
import { listContacts } from "../../domain/contacts/list-contacts";
import { encodeCursor } from "../../domain/pagination/keyset-cursor";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The contacts the subject may view, newest change first, a page at a time. */
export const listProcedure = projectProcedure
  .use(requires("contact", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(async ({ ctx, input }) => {
    const page = await listContacts(ctx.db, {
      projectId: ctx.project.id,
      reach: ctx.reach("contact", "view"),
      search: input.search,
      companyId: input.companyId,
      cursor: input.cursor,
      limit: input.limit,
    });
    return {
      items: await withVisibleLinks(ctx, page.items, CONTACT_LINKS),
      nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
    };
  });

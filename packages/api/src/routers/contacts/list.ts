import { withVisibleLinks } from "../../domain/access/visible-links";
import { CONTACT_LINKS, presentContactFor } from "../../domain/contacts/contact-select";
import { contactFilterFor, listContacts } from "../../domain/contacts/list-contacts";
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
      ...contactFilterFor(ctx, input),
      cursor: input.cursor,
      limit: input.limit,
    });
    return {
      items: await withVisibleLinks(
        ctx,
        page.items.map(presentContactFor(ctx.subject)),
        CONTACT_LINKS,
      ),
      nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
    };
  });

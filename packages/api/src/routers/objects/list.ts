import { withVisibleLinks } from "../../domain/access/visible-links";
import { listObjects } from "../../domain/objects/list-objects";
import { OBJECT_LINKS } from "../../domain/objects/object-select";
import { encodeCursor } from "../../domain/pagination/keyset-cursor";
import { projectProcedure, requires } from "../../trpc";
import { ZListInput, ZListOutput } from "./list.types";

/** The objects the subject may view, newest change first, a page at a time. */
export const listProcedure = projectProcedure
  .use(requires("object", "view"))
  .input(ZListInput)
  .output(ZListOutput)
  .query(async ({ ctx, input }) => {
    const page = await listObjects(ctx.db, {
      projectId: ctx.project.id,
      reach: ctx.reach("object", "view"),
      search: input.search,
      cursor: input.cursor,
      limit: input.limit,
    });
    return {
      items: await withVisibleLinks(ctx, page.items, OBJECT_LINKS),
      nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
    };
  });

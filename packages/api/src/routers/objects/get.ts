import { findVisibleRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { withCustomSections } from "../../domain/custom-fields/card-answer";
import { findObjectOrThrow } from "../../domain/objects/list-objects";
import { OBJECT_LINKS } from "../../domain/objects/object-select";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One object with its custom sections; outside the subject's reach it is a missing id. */
export const getProcedure = projectProcedure
  .use(requires("object", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) => {
    const can = await findVisibleRecordCan(ctx, "object", input.id);
    const row = await findObjectOrThrow(ctx.db, {
      id: input.id,
      reach: ctx.reach("object", "view"),
    });
    const card = await withCustomSections(
      ctx.db,
      ctx.subject,
      { kind: "object", ...row, editable: can.edit },
      row,
    );
    return { ...(await withVisibleLink(ctx, card, OBJECT_LINKS)), can };
  });

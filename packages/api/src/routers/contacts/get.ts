import { findVisibleRecordCan } from "../../domain/access/record-can";
import { findContactOrThrow } from "../../domain/contacts/find-contact";
import { withCustomSections } from "../../domain/custom-fields/card-answer";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One contact with its custom sections; outside the subject's reach it is a missing id. */
export const getProcedure = projectProcedure
  .use(requires("contact", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) => {
    const can = await findVisibleRecordCan(ctx, "contact", input.id);
    const row = await findContactOrThrow(ctx.db, {
      id: input.id,
      reach: ctx.reach("contact", "view"),
      companyReach: ctx.reach("company", "view"),
    });
    const card = await withCustomSections(
      ctx.db,
      ctx.subject,
      { kind: "contact", ...row, editable: can.edit },
      row,
    );
    return { ...card, can };
  });

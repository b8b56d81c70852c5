import { findVisibleRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { CONTACT_LINKS } from "../../domain/contacts/contact-select";
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
    });
    const card = await withCustomSections(
      ctx.db,
      ctx.subject,
      { kind: "contact", ...row, editable: can.edit },
      row,
    );
    return { ...(await withVisibleLink(ctx, card, CONTACT_LINKS)), can };
  });

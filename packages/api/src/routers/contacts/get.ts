import { findVisibleRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { CONTACT_LINKS, presentContactFor } from "../../domain/contacts/contact-select";
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
    // Sections follow the stored type even when the type itself is hidden, as for companies.
    const card = await withCustomSections(
      ctx.db,
      ctx.subject,
      { kind: "contact", id: row.id, typeId: row.typeId, editable: can.edit },
      presentContactFor(ctx.subject)(row),
    );
    return { ...(await withVisibleLink(ctx, card, CONTACT_LINKS)), can };
  });

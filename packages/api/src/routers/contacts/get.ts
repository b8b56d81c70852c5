import { findContactOrThrow } from "../../domain/contacts/find-contact";
import { canEditRecord, withCustomSections } from "../../domain/custom-fields/card-answer";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One contact with its custom sections; outside the subject's reach it is a missing id. */
export const getProcedure = projectProcedure
  .use(requires("contact", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) => {
    const editable = await canEditRecord(ctx, "contact", input.id);
    const row = await findContactOrThrow(ctx.db, {
      id: input.id,
      reach: ctx.reach("contact", "view"),
    });
    return withCustomSections(ctx.db, ctx.subject, { kind: "contact", ...row, editable }, row);
  });

import { findVisibleRecordCan } from "../../domain/access/record-can";
import { presentCompanyFor } from "../../domain/companies/company-select";
import { findCompanyOrThrow } from "../../domain/companies/find-company";
import { withCustomSections } from "../../domain/custom-fields/card-answer";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One company; a company outside the subject's reach is answered as a missing id. */
export const getProcedure = projectProcedure
  .use(requires("company", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) => {
    const can = await findVisibleRecordCan(ctx, "company", input.id);
    const row = await findCompanyOrThrow(ctx.db, {
      id: input.id,
      reach: ctx.reach("company", "view"),
    });
    const card = await withCustomSections(
      ctx.db,
      ctx.subject,
      { kind: "company", id: row.id, typeId: row.typeId, editable: can.edit },
      presentCompanyFor(ctx.subject)(row),
    );
    return { ...card, can };
  });

import { presentCompanyFor } from "../../domain/companies/company-select";
import { findCompanyOrThrow } from "../../domain/companies/find-company";
import { canEditRecord, withCustomSections } from "../../domain/custom-fields/card-answer";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One company; a company outside the subject's reach is answered as a missing id. */
export const getProcedure = projectProcedure
  .use(requires("company", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) => {
    const editable = await canEditRecord(ctx, "company", input.id);
    const row = await findCompanyOrThrow(ctx.db, {
      id: input.id,
      reach: ctx.reach("company", "view"),
    });
    return withCustomSections(
      ctx.db,
      ctx.subject,
      { kind: "company", id: row.id, typeId: row.typeId, editable },
      presentCompanyFor(ctx.subject)(row),
    );
  });

import { listRecordTypes } from "../../domain/custom-fields/list-settings-sections";
import { projectProcedure, requires } from "../../trpc";
import { ZListTypesInput, ZListTypesOutput } from "./list-types.types";

/** The record types of companies, contacts and objects; each has its own sections (F1). */
export const listTypesProcedure = projectProcedure
  .use(requires("settings.fields", "view"))
  .input(ZListTypesInput)
  .output(ZListTypesOutput)
  .query(({ ctx, input }) => listRecordTypes(ctx.db, ctx.project.id, input.kind));

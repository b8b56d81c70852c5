import { exportContacts } from "../../domain/exports/export-contacts";
import { projectProcedure, requires } from "../../trpc";
import { ZContactsInput, ZContactsOutput } from "./contacts.types";

/** The contacts the caller may export, as CSV; written to the audit log (E3, D7). */
export const contactsProcedure = projectProcedure
  .use(requires("contact", "export"))
  .input(ZContactsInput)
  .output(ZContactsOutput)
  .mutation(({ ctx, input }) => exportContacts(ctx, input));

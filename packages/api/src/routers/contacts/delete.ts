import { deleteContact } from "../../domain/contacts/delete-contact";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteInput, ZDeleteOutput } from "./delete.types";

/**
 * Deletes a contact with its notes and reminders (F4). Needs `delete` on the contact, which
 * only Admins have by default; an allow override or a role gives it to others.
 */
export const deleteProcedure = projectProcedure
  .use(requires("contact", "delete"))
  .input(ZDeleteInput)
  .output(ZDeleteOutput)
  .mutation(({ ctx, input }) => deleteContact(ctx, input));

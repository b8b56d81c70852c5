import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { assignContact } from "../../domain/contacts/assign-contact";
import { CONTACT_LINKS } from "../../domain/contacts/contact-select";
import { projectProcedure, requires } from "../../trpc";
import { ZAssignInput, ZAssignOutput } from "./assign.types";

/** Changes a contact's responsible; needs the `assign` right on it. */
export const assignProcedure = projectProcedure
  .use(requires("contact", "assign"))
  .input(ZAssignInput)
  .output(ZAssignOutput)
  .mutation(async ({ ctx, input }) => {
    const saved = await assignContact(ctx, input);
    return withRecordCan(ctx, "contact", await withVisibleLink(ctx, saved, CONTACT_LINKS));
  });

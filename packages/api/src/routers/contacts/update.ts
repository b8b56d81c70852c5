import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { CONTACT_LINKS } from "../../domain/contacts/contact-select";
import { updateContact } from "../../domain/contacts/update-contact";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves a contact's fields and custom values, refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("contact", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(async ({ ctx, input }) => {
    const saved = await updateContact(ctx, input);
    return withRecordCan(ctx, "contact", await withVisibleLink(ctx, saved, CONTACT_LINKS));
  });

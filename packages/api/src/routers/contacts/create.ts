import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { CONTACT_LINKS } from "../../domain/contacts/contact-select";
import { createContact } from "../../domain/contacts/create-contact";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** A new contact, stamped with the creator's sales direction (B3). */
export const createProcedure = projectProcedure
  .use(requires("contact", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(async ({ ctx, input }) => {
    const saved = await createContact(ctx, input);
    return withRecordCan(ctx, "contact", await withVisibleLink(ctx, saved, CONTACT_LINKS));
  });

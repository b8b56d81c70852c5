import { contactFilterFor, countContacts } from "../../domain/contacts/list-contacts";
import { projectProcedure, requires } from "../../trpc";
import { ZCountInput, ZCountOutput } from "./count.types";

/** How many contacts `list` would return in all, for the same search. */
export const countProcedure = projectProcedure
  .use(requires("contact", "view"))
  .input(ZCountInput)
  .output(ZCountOutput)
  .query(async ({ ctx, input }) => ({
    count: await countContacts(ctx.db, contactFilterFor(ctx, input)),
  }));

import { createTRPCRouter } from "../../trpc";
import { companiesProcedure } from "./companies";
import { contactsProcedure } from "./contacts";
import { dealsProcedure } from "./deals";

/** CSV exports (SPEC E3, D7): exactly the records the caller may export, each one audited. */
export const exportsRouter = createTRPCRouter({
  companies: companiesProcedure,
  contacts: contactsProcedure,
  deals: dealsProcedure,
});

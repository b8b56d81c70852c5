import { createTRPCRouter } from "../../../trpc";
import { getProcedure } from "./get";
import { lookupRegisterProcedure } from "./lookup-register";
import { updateProcedure } from "./update";

/** The current project's company profile (SPEC A2). */
export const profileRouter = createTRPCRouter({
  get: getProcedure,
  update: updateProcedure,
  lookupRegister: lookupRegisterProcedure,
});

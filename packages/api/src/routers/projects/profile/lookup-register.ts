import { lookupRegister } from "../../../domain/projects/lookup-register";
import { projectProcedure, requires } from "../../../trpc";
import { ZLookupRegisterInput, ZLookupRegisterOutput } from "./lookup-register.types";

/**
 * Fills the profile form from the company register (A2): validates the number, asks the
 * context's register adapter and writes nothing. For those who may edit the profile.
 */
export const lookupRegisterProcedure = projectProcedure
  .use(requires("settings.org", "edit"))
  .input(ZLookupRegisterInput)
  .output(ZLookupRegisterOutput)
  .query(({ ctx, input }) => lookupRegister(ctx.companyRegister, input));

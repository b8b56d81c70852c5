import { createIpRange } from "../../domain/security/ip-ranges";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateIpRangeInput, ZCreateIpRangeOutput } from "./ip-ranges.types";

/** Allows a range of addresses for IP-restricted employees (E1). */
export const createIpRangeProcedure = projectProcedure
  .use(requires("settings.security", "create"))
  .input(ZCreateIpRangeInput)
  .output(ZCreateIpRangeOutput)
  .mutation(({ ctx, input }) => createIpRange(ctx, input));

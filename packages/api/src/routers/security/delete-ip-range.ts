import { deleteIpRange } from "../../domain/security/ip-ranges";
import { projectProcedure, requires } from "../../trpc";
import { ZDeleteIpRangeInput, ZDeleteIpRangeOutput } from "./ip-ranges.types";

/** Removes an allowed range; IP-restricted employees outside the rest stop at their next request. */
export const deleteIpRangeProcedure = projectProcedure
  .use(requires("settings.security", "delete"))
  .input(ZDeleteIpRangeInput)
  .output(ZDeleteIpRangeOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteIpRange(ctx, input);
    return { id: input.id };
  });

import { listIpRanges } from "../../domain/security/ip-ranges";
import { projectProcedure, requires } from "../../trpc";
import { ZListIpRangesInput, ZListIpRangesOutput } from "./ip-ranges.types";

/** The project's allowed IP ranges (E1). */
export const listIpRangesProcedure = projectProcedure
  .use(requires("settings.security", "view"))
  .input(ZListIpRangesInput)
  .output(ZListIpRangesOutput)
  .query(({ ctx }) => listIpRanges(ctx));

import { createTRPCRouter } from "../../trpc";
import { createIpRangeProcedure } from "./create-ip-range";
import { deleteIpRangeProcedure } from "./delete-ip-range";
import { listIpRangesProcedure } from "./list-ip-ranges";

export const securityRouter = createTRPCRouter({
  listIpRanges: listIpRangesProcedure,
  createIpRange: createIpRangeProcedure,
  deleteIpRange: deleteIpRangeProcedure,
});

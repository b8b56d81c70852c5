import { createTRPCRouter } from "../../trpc";
import { countProcedure } from "./count";
import { createProcedure } from "./create";
import { deleteProcedure } from "./delete";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { timelineProcedure } from "./timeline";
import { updateProcedure } from "./update";

export const activitiesRouter = createTRPCRouter({
  list: listProcedure,
  timeline: timelineProcedure,
  count: countProcedure,
  get: getProcedure,
  create: createProcedure,
  update: updateProcedure,
  delete: deleteProcedure,
});

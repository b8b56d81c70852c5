import { createTRPCRouter } from "../../trpc";
import { assignProcedure } from "./assign";
import { convertProcedure } from "./convert";
import { countProcedure } from "./count";
import { createProcedure } from "./create";
import { deleteProcedure } from "./delete";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { updateProcedure } from "./update";

/** Interests (leads, SPEC G5), under the `interest` resource. */
export const interestsRouter = createTRPCRouter({
  list: listProcedure,
  count: countProcedure,
  get: getProcedure,
  create: createProcedure,
  update: updateProcedure,
  delete: deleteProcedure,
  assign: assignProcedure,
  convert: convertProcedure,
});

import { createTRPCRouter } from "../../trpc";
import { assignProcedure } from "./assign";
import { boardProcedure } from "./board";
import { countProcedure } from "./count";
import { createProcedure } from "./create";
import { deleteProcedure } from "./delete";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { moveStageProcedure } from "./move-stage";
import { setProductsProcedure } from "./set-products";
import { updateProcedure } from "./update";

/** Deals (SPEC G1–G6, D6, D7), under the `deal` resource. */
export const dealsRouter = createTRPCRouter({
  list: listProcedure,
  board: boardProcedure,
  count: countProcedure,
  get: getProcedure,
  create: createProcedure,
  update: updateProcedure,
  delete: deleteProcedure,
  assign: assignProcedure,
  moveStage: moveStageProcedure,
  setProducts: setProductsProcedure,
});

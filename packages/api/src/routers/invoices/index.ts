import { createTRPCRouter } from "../../trpc";
import { createProcedure } from "./create";
import { deleteProcedure } from "./delete";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { setStatusProcedure } from "./set-status";
import { updateProcedure } from "./update";

export const invoicesRouter = createTRPCRouter({
  list: listProcedure,
  get: getProcedure,
  create: createProcedure,
  update: updateProcedure,
  setStatus: setStatusProcedure,
  delete: deleteProcedure,
});

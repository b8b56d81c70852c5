import { createTRPCRouter } from "../../trpc";
import { createProcedure } from "./create";
import { deleteProcedure } from "./delete";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { updateProcedure } from "./update";

export const objectsRouter = createTRPCRouter({
  list: listProcedure,
  get: getProcedure,
  create: createProcedure,
  update: updateProcedure,
  delete: deleteProcedure,
});

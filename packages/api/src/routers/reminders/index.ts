import { createTRPCRouter } from "../../trpc";
import { createProcedure } from "./create";
import { deleteProcedure } from "./delete";
import { dueProcedure } from "./due";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { resolveProcedure } from "./resolve";
import { updateProcedure } from "./update";

export const remindersRouter = createTRPCRouter({
  list: listProcedure,
  get: getProcedure,
  create: createProcedure,
  update: updateProcedure,
  resolve: resolveProcedure,
  delete: deleteProcedure,
  due: dueProcedure,
});

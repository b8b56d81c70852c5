import { createTRPCRouter } from "../../trpc";
import { assignProcedure } from "./assign";
import { countProcedure } from "./count";
import { createProcedure } from "./create";
import { deleteProcedure } from "./delete";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { updateProcedure } from "./update";

export const contactsRouter = createTRPCRouter({
  list: listProcedure,
  count: countProcedure,
  get: getProcedure,
  create: createProcedure,
  update: updateProcedure,
  delete: deleteProcedure,
  assign: assignProcedure,
});

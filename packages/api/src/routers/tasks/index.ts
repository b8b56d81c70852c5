import { createTRPCRouter } from "../../trpc";
import { countProcedure } from "./count";
import { createProcedure } from "./create";
import { deleteProcedure } from "./delete";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { setParticipantsProcedure } from "./set-participants";
import { cancelProcedure, completeProcedure, reopenProcedure } from "./status";
import { updateProcedure } from "./update";

export const tasksRouter = createTRPCRouter({
  list: listProcedure,
  count: countProcedure,
  get: getProcedure,
  create: createProcedure,
  update: updateProcedure,
  complete: completeProcedure,
  reopen: reopenProcedure,
  cancel: cancelProcedure,
  setParticipants: setParticipantsProcedure,
  delete: deleteProcedure,
});

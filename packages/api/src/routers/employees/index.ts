import { createTRPCRouter } from "../../trpc";
import { createProcedure } from "./create";
import { directoryProcedure } from "./directory";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { setAccessExpiryProcedure } from "./set-access-expiry";
import { setStatusProcedure } from "./set-status";
import { updateProcedure } from "./update";

export const employeesRouter = createTRPCRouter({
  list: listProcedure,
  directory: directoryProcedure,
  get: getProcedure,
  create: createProcedure,
  update: updateProcedure,
  setStatus: setStatusProcedure,
  setAccessExpiry: setAccessExpiryProcedure,
});

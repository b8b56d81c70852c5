import { createTRPCRouter } from "../../trpc";
import { createProcedure } from "./create";
import { deleteProcedure } from "./delete";
import { mineProcedure } from "./mine";
import { profileRouter } from "./profile";
import { switchProcedure } from "./switch";

/** Projects (SPEC A1–A3): which ones the user works in, the profile, create and delete. */
export const projectsRouter = createTRPCRouter({
  mine: mineProcedure,
  switch: switchProcedure,
  create: createProcedure,
  delete: deleteProcedure,
  profile: profileRouter,
});

import { companiesRouter } from "./routers/companies";
import { permissionsRouter } from "./routers/permissions";
import { sessionRouter } from "./routers/session";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  session: sessionRouter,
  companies: companiesRouter,
  permissions: permissionsRouter,
});

export type AppRouter = typeof appRouter;

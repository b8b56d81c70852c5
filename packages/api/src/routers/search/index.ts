import { createTRPCRouter } from "../../trpc";
import { globalProcedure } from "./global";

export const searchRouter = createTRPCRouter({
  global: globalProcedure,
});

import { createTRPCRouter } from "../../trpc";
import { listProcedure } from "./list";

// Read-only on purpose: nothing in the API can change or remove an audit entry (E3).
export const auditRouter = createTRPCRouter({
  list: listProcedure,
});

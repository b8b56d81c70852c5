import { createTRPCRouter } from "../../trpc";
import { activitiesProcedure } from "./activities";
import { activitiesBehindProcedure } from "./activities-behind";
import { conversionProcedure } from "./conversion";
import { dealsBehindProcedure } from "./deals-behind";
import { pipelineValueProcedure } from "./pipeline-value";
import { wonLostProcedure } from "./won-lost";

/** Director reports (SPEC J1): every figure over the records the caller may view (D7). */
export const reportsRouter = createTRPCRouter({
  pipelineValue: pipelineValueProcedure,
  wonLost: wonLostProcedure,
  activities: activitiesProcedure,
  conversion: conversionProcedure,
  dealsBehind: dealsBehindProcedure,
  activitiesBehind: activitiesBehindProcedure,
});

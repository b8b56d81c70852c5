import { computeActivitiesByEmployee } from "../../domain/reports/activities-by-employee";
import { buildReportQuery } from "../../domain/reports/report-scope";
import { projectProcedure, requires } from "../../trpc";
import { ZActivitiesInput, ZActivitiesOutput } from "./activities.types";

/** Calls, meetings, notes and e-mails per responsible employee (J1). */
export const activitiesProcedure = projectProcedure
  .use(requires("report", "view"))
  .input(ZActivitiesInput)
  .output(ZActivitiesOutput)
  .query(async ({ ctx, input }) =>
    computeActivitiesByEmployee(ctx.db, await buildReportQuery(ctx, "activities", input)),
  );

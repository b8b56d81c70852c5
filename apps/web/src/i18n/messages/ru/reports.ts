import type { TAreaMessages } from "../en";
import { reportsCharts } from "./reports/charts";
import { reportsDashboard } from "./reports/dashboard";
import { reportsDrill } from "./reports/drill";

export const reports: TAreaMessages<"reports"> = {
  ...reportsDashboard,
  ...reportsCharts,
  ...reportsDrill,
};

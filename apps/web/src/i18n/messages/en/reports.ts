import { reportsCharts } from "./reports/charts";
import { reportsDashboard } from "./reports/dashboard";
import { reportsDrill } from "./reports/drill";

/**
 * Strings of the reports pages; keys start with "reports.". One file per part under
 * reports/, each mirrored in the other languages.
 */
export const reports = { ...reportsDashboard, ...reportsCharts, ...reportsDrill } as const;

/** Strings of the reports pages; keys start with "reports.". */
export const reports = {} as const;

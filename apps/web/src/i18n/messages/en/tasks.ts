/** Strings of the tasks pages; keys start with "tasks.". */
export const tasks = {} as const;

/** Strings of the settings pages; keys start with "settings.". */
export const settings = {} as const;

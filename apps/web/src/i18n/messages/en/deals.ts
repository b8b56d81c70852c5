/** Strings of the deals pages; keys start with "deals.". */
export const deals = {} as const;

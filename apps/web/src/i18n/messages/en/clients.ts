/** Strings of the clients pages (companies, contacts, their cards); keys start with "clients.". */
export const clients = {} as const;

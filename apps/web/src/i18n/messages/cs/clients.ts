import type { TAreaMessages } from "../en";

export const clients: TAreaMessages<"clients"> = {};

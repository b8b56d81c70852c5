import type { TAreaMessages } from "../en";

export const deals: TAreaMessages<"deals"> = {};

import type { TAreaMessages } from "../en";

export const reports: TAreaMessages<"reports"> = {};

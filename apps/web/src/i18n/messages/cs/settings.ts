import type { TAreaMessages } from "../en";

export const settings: TAreaMessages<"settings"> = {};

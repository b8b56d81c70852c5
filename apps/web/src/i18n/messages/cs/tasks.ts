import type { TAreaMessages } from "../en";

export const tasks: TAreaMessages<"tasks"> = {};

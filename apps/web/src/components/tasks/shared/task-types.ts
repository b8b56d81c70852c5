import type { RouterInputs, RouterOutputs } from "@charter/api";

export type TTask = RouterOutputs["tasks"]["get"];
export type TTaskPerson = NonNullable<TTask["assignee"]>;
export type TTaskListInput = RouterInputs["tasks"]["list"];
export type TReminder = RouterOutputs["reminders"]["get"];
export type TCalendarEntry = RouterOutputs["calendar"]["events"]["entries"][number];

import type { RouterInputs, RouterOutputs } from "@charter/api";

/** A task as lists carry it; a single task's answer carries at least as much. */
export type TTask = RouterOutputs["tasks"]["list"]["items"][number];
export type TTaskPerson = NonNullable<TTask["assignee"]>;
export type TTaskListInput = RouterInputs["tasks"]["list"];
export type TReminder = RouterOutputs["reminders"]["list"]["items"][number];
export type TCalendarEntry = RouterOutputs["calendar"]["events"]["entries"][number];

/**
 * What the engine says the reader may do on one task, where an answer carries it (a single
 * task's `can`); absent, every action is offered and the server refuses what it must.
 */
export type TTaskCan = { edit?: boolean; delete?: boolean };

/** Offer an action unless the server has said no. */
export function mayOnTask(task: TTask & { can?: TTaskCan }, action: keyof TTaskCan): boolean {
  return task.can?.[action] !== false;
}

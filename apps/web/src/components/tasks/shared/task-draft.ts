import { fromLocalInput, toLocalInput } from "./local-dates";
import type { TTaskPerson } from "./task-types";

// A task as its form holds it, and the API inputs made from it.

export type TTaskDraft = {
  title: string;
  description: string;
  /** A `datetime-local` value in the reader's zone; empty for no due time. */
  due: string;
  assignee: TTaskPerson | null;
  participants: TTaskPerson[];
};

export type TDraftErrors = Partial<Record<"title" | "due", "required" | "invalid">>;

type TStoredTask = {
  title: string;
  description: string | null;
  dueAt: Date | null;
  assignee: TTaskPerson | null;
  participants: TTaskPerson[];
};

export function emptyDraft(me: TTaskPerson | null, due: Date | null = null): TTaskDraft {
  return {
    title: "",
    description: "",
    due: due ? toLocalInput(due) : "",
    assignee: me,
    participants: [],
  };
}

export function draftFromTask(task: TStoredTask): TTaskDraft {
  return {
    title: task.title,
    description: task.description ?? "",
    due: task.dueAt ? toLocalInput(task.dueAt) : "",
    assignee: task.assignee,
    participants: task.participants,
  };
}

/** What the form can tell before asking the server. */
export function checkDraft(draft: TTaskDraft): TDraftErrors {
  const errors: TDraftErrors = {};
  if (draft.title.trim() === "") errors.title = "required";
  if (draft.due !== "" && !fromLocalInput(draft.due)) errors.due = "invalid";
  return errors;
}

function dueOf(draft: TTaskDraft): Date | null {
  return draft.due === "" ? null : fromLocalInput(draft.due);
}

/** `tasks.create`'s input. Without a directory the assignee is left out: the API makes it the creator. */
export function toCreateInput(draft: TTaskDraft, pickPeople: boolean) {
  return {
    title: draft.title.trim(),
    description: draft.description.trim() || null,
    dueAt: dueOf(draft),
    ...(pickPeople
      ? {
          assigneeId: draft.assignee?.id ?? null,
          participantIds: draft.participants.map((person) => person.id),
        }
      : {}),
  };
}

/** Only what changed, for `tasks.update` (which refuses an empty change); null when nothing did. */
export function toUpdateFields(draft: TTaskDraft, stored: TStoredTask, pickPeople: boolean) {
  const fields: {
    title?: string;
    description?: string | null;
    dueAt?: Date | null;
    assigneeId?: string | null;
  } = {};
  const title = draft.title.trim();
  const description = draft.description.trim() || null;
  const dueAt = dueOf(draft);
  if (title !== stored.title) fields.title = title;
  if (description !== (stored.description ?? null)) fields.description = description;
  if ((dueAt?.getTime() ?? null) !== (stored.dueAt?.getTime() ?? null)) {
    // The form holds minutes: a stored time with seconds is unchanged if the minute is.
    const storedMinute = stored.dueAt ? toLocalInput(stored.dueAt) : "";
    if (draft.due !== storedMinute) fields.dueAt = dueAt;
  }
  const assigneeId = draft.assignee?.id ?? null;
  if (pickPeople && assigneeId !== (stored.assignee?.id ?? null)) fields.assigneeId = assigneeId;
  return Object.keys(fields).length > 0 ? fields : null;
}

"use client";

import { FieldShell, CONTROL_CLASSES, controlTone, useFieldIds } from "~/components/ui/field";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import { ParticipantsField } from "./participants-field";
import { PersonPicker } from "./person-picker";
import type { TDraftErrors, TTaskDraft } from "./task-draft";
import type { TTaskPerson } from "./task-types";
import type { TPeopleAccess } from "./use-people";

type TTaskFormFieldsProps = {
  draft: TTaskDraft;
  onChange: (draft: TTaskDraft) => void;
  access: TPeopleAccess;
  me: TTaskPerson | null;
  /** Errors found before saving, then the API's own for its input keys. */
  errors: TDraftErrors;
  serverError: (field: string) => string | undefined;
  /** Participants are chosen here on a new task; an existing task has its own panel. */
  withParticipants: boolean;
};

/** The fields of a task, shared by the create and edit dialogs. */
export function TaskFormFields({
  draft,
  onChange,
  access,
  me,
  errors,
  serverError,
  withParticipants,
}: TTaskFormFieldsProps) {
  const t = useT();
  const set = (patch: Partial<TTaskDraft>) => onChange({ ...draft, ...patch });
  const fieldError = (field: "title" | "due", apiKey: string) =>
    errors[field] === "required"
      ? t("errors.validation.required")
      : errors[field] === "invalid"
        ? t("tasks.field.dueInvalid")
        : serverError(apiKey);

  return (
    <div className="space-y-4">
      <TextField
        label={t("tasks.field.title")}
        required
        requiredLabel={t("common.required")}
        value={draft.title}
        maxLength={200}
        onChange={(event) => set({ title: event.target.value })}
        error={fieldError("title", "title")}
      />
      <DescriptionField
        value={draft.description}
        onChange={(description) => set({ description })}
        error={serverError("description")}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          type="datetime-local"
          label={t("tasks.field.due")}
          value={draft.due}
          onChange={(event) => set({ due: event.target.value })}
          hint={t("tasks.field.dueHint")}
          error={fieldError("due", "dueAt")}
        />
        {access === "directory" ? (
          <PersonPicker
            label={t("tasks.field.assignee")}
            value={draft.assignee}
            onChange={(assignee) => set({ assignee })}
            hint={draft.assignee ? undefined : t("tasks.field.assigneeNobody")}
            error={serverError("assigneeId")}
          />
        ) : (
          <FixedAssignee
            person={withParticipants ? me : draft.assignee}
            isMe={withParticipants || draft.assignee?.id === me?.id}
            loading={access === "loading"}
          />
        )}
      </div>
      {withParticipants && access === "directory" ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">
            {t("tasks.field.participants")}
          </legend>
          <ParticipantsField
            value={draft.participants}
            onChange={(participants) => set({ participants })}
            excludeId={draft.assignee?.id}
            error={serverError("participantIds")}
          />
        </fieldset>
      ) : null}
    </div>
  );
}

function DescriptionField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const t = useT();
  const ids = useFieldIds({ error });
  return (
    <FieldShell ids={ids} label={t("tasks.field.description")} error={error}>
      <textarea
        id={ids.control}
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={cn(CONTROL_CLASSES, controlTone(Boolean(error)))}
      />
    </FieldShell>
  );
}

/**
 * For a reader who may not see the employee list: a new task is theirs, an existing one keeps
 * its assignee, and the form says why no one else can be chosen.
 */
function FixedAssignee({
  person,
  isMe,
  loading,
}: {
  person: TTaskPerson | null;
  isMe: boolean;
  loading: boolean;
}) {
  const t = useT();
  const name = !person
    ? t("tasks.assignee.nobody")
    : isMe
      ? t("tasks.people.you", { name: person.name })
      : person.name;
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-slate-800">{t("tasks.field.assignee")}</p>
      <p className="text-sm text-slate-900">{name}</p>
      {loading ? null : <p className="text-xs text-slate-500">{t("tasks.people.selfOnly")}</p>}
    </div>
  );
}

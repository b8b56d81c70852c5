"use client";

import { useT } from "~/i18n/i18n-provider";

import { PersonPicker } from "./person-picker";
import type { TTaskPerson } from "./task-types";

type TParticipantsFieldProps = {
  value: readonly TTaskPerson[];
  onChange: (people: TTaskPerson[]) => void;
  /** Not offered: the assignee already does the task. */
  excludeId?: string | null;
  error?: string;
  disabled?: boolean;
};

/** The people taking part: a list with a remove button each, and a search to add one. */
export function ParticipantsField({
  value,
  onChange,
  excludeId,
  error,
  disabled,
}: TParticipantsFieldProps) {
  const t = useT();
  return (
    <div className="space-y-2">
      {value.length > 0 ? (
        <ul aria-label={t("tasks.field.participants")} className="flex flex-wrap gap-2">
          {value.map((person) => (
            <li
              key={person.id}
              className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-1 pr-1 pl-3 text-sm text-slate-800"
            >
              {person.name}
              <button
                type="button"
                disabled={disabled}
                onClick={() => onChange(value.filter((other) => other.id !== person.id))}
                aria-label={t("tasks.people.remove", { name: person.name })}
                className="rounded-full px-1.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <PersonPicker
        label={t("tasks.people.addParticipant")}
        value={null}
        clearOnPick
        exclude={[...value.map((person) => person.id), ...(excludeId ? [excludeId] : [])]}
        onChange={(person) => {
          if (person) onChange([...value, person]);
        }}
        hint={value.length === 0 ? t("tasks.people.participantsHint") : undefined}
        error={error}
      />
    </div>
  );
}

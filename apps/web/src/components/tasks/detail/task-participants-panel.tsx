"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { ParticipantsField } from "../shared/participants-field";
import type { TTask, TTaskPerson } from "../shared/task-types";
import { useTaskInvalidation } from "../shared/use-task-invalidation";
import { usePeopleAccess } from "../shared/use-people";

/**
 * Who takes part (SPEC H2). Changing the list needs the right to edit the task and the
 * employee list to pick from.
 */
export function TaskParticipantsPanel({ task, canEdit }: { task: TTask; canEdit: boolean }) {
  const t = useT();
  const { access } = usePeopleAccess();
  const [editing, setEditing] = useState(false);
  return (
    <Panel
      title={t("tasks.field.participants")}
      aside={
        canEdit && access === "directory" && !editing ? (
          <Button variant="link" size="sm" onClick={() => setEditing(true)}>
            {t("tasks.participants.change")}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <ParticipantsEditor task={task} onDone={() => setEditing(false)} />
      ) : task.participants.length > 0 ? (
        <ul className="space-y-1 text-sm text-slate-900">
          {task.participants.map((person) => (
            <li key={person.id}>{person.name}</li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("tasks.participants.none")}</p>
      )}
    </Panel>
  );
}

function ParticipantsEditor({ task, onDone }: { task: TTask; onDone: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useApiError();
  const invalidate = useTaskInvalidation();
  const [people, setPeople] = useState<TTaskPerson[]>(task.participants);
  const save = useMutation(
    trpc.tasks.setParticipants.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.tasks.get.queryKey({ id: saved.id }), saved);
        onDone();
        await invalidate();
      },
    }),
  );
  const failure = readError(save.error);
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          id: task.id,
          version: task.version,
          participantIds: people.map((person) => person.id),
        });
      }}
    >
      <ParticipantsField
        value={people}
        onChange={setPeople}
        excludeId={task.assignee?.id}
        disabled={save.isPending}
        error={failure?.fieldMessage("participantIds")}
      />
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" loading={save.isPending} loadingText={t("common.saving")}>
          {t("common.save")}
        </Button>
        <Button variant="secondary" size="sm" onClick={onDone} disabled={save.isPending}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}

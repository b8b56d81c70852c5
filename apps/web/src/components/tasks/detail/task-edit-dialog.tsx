"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { checkDraft, draftFromTask, toUpdateFields, type TDraftErrors } from "../shared/task-draft";
import { TaskFormDialog } from "../shared/task-form-dialog";
import { TaskFormFields } from "../shared/task-form-fields";
import type { TTask } from "../shared/task-types";
import { useTaskInvalidation } from "../shared/use-task-invalidation";
import { usePeopleAccess } from "../shared/use-people";

/** Edits a task's title, description, due time and assignee at the version read. */
export function TaskEditDialog({ task, onClose }: { task: TTask; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const readError = useApiError();
  const invalidate = useTaskInvalidation();
  const { access, me } = usePeopleAccess();
  const [draft, setDraft] = useState(() => draftFromTask(task));
  const [errors, setErrors] = useState<TDraftErrors>({});
  const update = useMutation(
    trpc.tasks.update.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.tasks.get.queryKey({ id: saved.id }), saved);
        toast(t("tasks.edit.done"), "success");
        onClose();
        await invalidate();
      },
    }),
  );
  const failure = readError(update.error);
  // The update's input nests the fields, so the API names them under "fields".
  const serverError = (field: string) =>
    failure?.fieldMessage(field) ?? failure?.fieldMessage("fields");

  return (
    <TaskFormDialog
      title={t("tasks.edit.title")}
      submitLabel={t("common.save")}
      pendingLabel={t("common.saving")}
      pending={update.isPending}
      error={failure?.message ?? null}
      onClose={onClose}
      onSubmit={() => {
        const found = checkDraft(draft);
        setErrors(found);
        if (Object.keys(found).length > 0) return;
        const fields = toUpdateFields(draft, task, access === "directory");
        if (!fields) {
          onClose();
          return;
        }
        update.mutate({ id: task.id, version: task.version, fields });
      }}
    >
      <TaskFormFields
        draft={draft}
        onChange={setDraft}
        access={access}
        me={me}
        errors={errors}
        serverError={serverError}
        withParticipants={false}
      />
    </TaskFormDialog>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { checkDraft, emptyDraft, toCreateInput, type TDraftErrors } from "../shared/task-draft";
import { TaskFormDialog } from "../shared/task-form-dialog";
import { TaskFormFields } from "../shared/task-form-fields";
import { useTaskInvalidation } from "../shared/use-task-invalidation";
import { usePeopleAccess } from "../shared/use-people";

/** Sets a new task (SPEC H2): for oneself, or for anyone in the employee list one may see. */
export function TaskCreateDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const readError = useApiError();
  const invalidate = useTaskInvalidation();
  const { access, me } = usePeopleAccess();
  const [draft, setDraft] = useState(() => emptyDraft(null));
  // The reader does the task unless they pick someone else (or nobody): "me" may load later.
  const [assigneeTouched, setAssigneeTouched] = useState(false);
  const shown = assigneeTouched ? draft : { ...draft, assignee: draft.assignee ?? me };
  const [errors, setErrors] = useState<TDraftErrors>({});
  const create = useMutation(
    trpc.tasks.create.mutationOptions({
      onSuccess: async (task) => {
        toast(t("tasks.create.done", { title: task.title }), "success");
        onClose();
        await invalidate();
      },
    }),
  );
  const failure = readError(create.error);

  return (
    <TaskFormDialog
      title={t("tasks.create.title")}
      submitLabel={t("tasks.create.submit")}
      pendingLabel={t("tasks.create.pending")}
      pending={create.isPending}
      error={failure?.message ?? null}
      onClose={onClose}
      onSubmit={() => {
        const found = checkDraft(shown);
        setErrors(found);
        if (Object.keys(found).length > 0) return;
        create.mutate(toCreateInput(shown, access === "directory"));
      }}
    >
      <TaskFormFields
        draft={shown}
        onChange={(next) => {
          if (next.assignee?.id !== shown.assignee?.id) setAssigneeTouched(true);
          setDraft(next);
        }}
        access={access}
        me={me}
        errors={errors}
        serverError={(field) => failure?.fieldMessage(field)}
        withParticipants
      />
    </TaskFormDialog>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import type { TTask } from "../shared/task-types";
import { useTaskInvalidation } from "../shared/use-task-invalidation";

/** Deletes the task and its reminders, after asking; back to the list once done. */
export function TaskDeleteButton({ task }: { task: TTask }) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const readError = useApiError();
  const invalidate = useTaskInvalidation();
  const [asking, setAsking] = useState(false);
  const remove = useMutation(
    trpc.tasks.delete.mutationOptions({
      onSuccess: async ({ deletedReminders }) => {
        toast(t("tasks.delete.done", { title: task.title, count: deletedReminders }), "success");
        router.push("/tasks");
        queryClient.removeQueries(trpc.tasks.get.queryFilter({ id: task.id }));
        await invalidate();
      },
    }),
  );
  return (
    <>
      <Button variant="ghost" onClick={() => setAsking(true)} className="text-red-700">
        {t("common.delete")}
      </Button>
      <ConfirmDialog
        open={asking}
        onCancel={() => {
          setAsking(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate({ id: task.id, version: task.version })}
        title={t("tasks.delete.title")}
        confirmLabel={t("tasks.delete.confirm")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={readError(remove.error)?.message}
      >
        <p>{t("tasks.delete.body", { title: task.title })}</p>
      </ConfirmDialog>
    </>
  );
}

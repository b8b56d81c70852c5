"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { patchTaskInList } from "./task-cache";
import { applyMove, type TTaskMove } from "./task-moves";
import type { TTask } from "./task-types";
import { useTaskInvalidation } from "./use-task-invalidation";

type TMoveVariables = { id: string; version: number };
type TSnapshot = { snapshot: [readonly unknown[], unknown][] };

const DONE_MESSAGES = {
  complete: "tasks.move.completed",
  reopen: "tasks.move.reopened",
  cancel: "tasks.move.cancelled",
} as const;

/**
 * Complete, reopen or cancel a task optimistically: every list and card showing it changes at
 * once (TanStack Query's onMutate), a refusal puts them back as they were and says why, and
 * the lists are read again either way so they end as the server has them.
 */
export function useTaskMove(): {
  move: (task: TTask, move: TTaskMove) => void;
  pendingId: string | null;
} {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const readError = useApiError();
  const invalidate = useTaskInvalidation();

  const lifecycle = (move: TTaskMove) => ({
    onMutate: async (variables: TMoveVariables): Promise<TSnapshot> => {
      await queryClient.cancelQueries(trpc.tasks.pathFilter());
      const snapshot = queryClient.getQueriesData({ queryKey: trpc.tasks.pathKey() });
      const now = new Date();
      const change = <T extends TTask>(task: T): T => applyMove(task, move, now);
      queryClient.setQueriesData({ queryKey: trpc.tasks.list.pathKey() }, (data: unknown) =>
        patchTaskInList<TTask>(data, variables.id, change),
      );
      queryClient.setQueryData(trpc.tasks.get.queryKey({ id: variables.id }), (task) =>
        task ? change(task) : task,
      );
      return { snapshot };
    },
    onError: (_error: unknown, _variables: TMoveVariables, context: TSnapshot | undefined) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => invalidate(),
  });

  const complete = useMutation(trpc.tasks.complete.mutationOptions(lifecycle("complete")));
  const reopen = useMutation(trpc.tasks.reopen.mutationOptions(lifecycle("reopen")));
  const cancel = useMutation(trpc.tasks.cancel.mutationOptions(lifecycle("cancel")));
  const mutations = { complete, reopen, cancel };

  function run(task: TTask, move: TTaskMove) {
    mutations[move].mutate(
      { id: task.id, version: task.version },
      {
        onSuccess: () => toast(t(DONE_MESSAGES[move], { title: task.title }), "success"),
        // The lists are already back as they were (onError above); this says why.
        onError: (error) =>
          toast(
            t("tasks.move.failed", {
              title: task.title,
              reason: readError(error)?.message ?? t("errors.unexpected"),
            }),
            "error",
          ),
      },
    );
  }

  const pending = [complete, reopen, cancel].find((mutation) => mutation.isPending);
  return { move: run, pendingId: pending?.variables?.id ?? null };
}

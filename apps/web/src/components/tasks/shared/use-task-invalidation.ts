"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

import { useTRPC } from "~/trpc/react";

/**
 * After a task or reminder changes: every task list, count and card, the pop-up's due list
 * and the calendar are read again, since each may show it.
 */
export function useTaskInvalidation(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.tasks.pathFilter()),
      queryClient.invalidateQueries(trpc.reminders.pathFilter()),
      queryClient.invalidateQueries(trpc.calendar.pathFilter()),
    ]);
  }, [queryClient, trpc]);
}

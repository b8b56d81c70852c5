"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";

import { useTRPC } from "~/trpc/react";

import { retryUnlessFinal } from "../shared/use-people";
import type { TReminder, TTask } from "../shared/task-types";
import { createPopupScheduler, pollIntervalMs, type TPopupScheduler } from "./popup-schedule";
import { readSnooze, snoozeStorageKey, writeSnooze } from "./snooze-storage";

export type TDueItem =
  | { key: string; kind: "reminder"; reminder: TReminder }
  | { key: string; kind: "task"; task: TTask };

/**
 * What the reminder pop-up shows and when (SPEC H3): `reminders.due` is asked each minute
 * (every five while the employee has no interval, in case one is set), and the schedule in
 * popup-schedule.ts decides. Items being resolved leave the list at once (`hiddenKeys`).
 */
export function useDuePopup(employeeId: string, hiddenKeys: ReadonlySet<string>) {
  const trpc = useTRPC();
  const due = useQuery({
    ...trpc.reminders.due.queryOptions({}),
    refetchInterval: (query) => pollIntervalMs(query.state.data?.intervalMinutes ?? null),
    refetchOnWindowFocus: true,
    staleTime: 0,
    retry: retryUnlessFinal,
  });
  const [shown, setShown] = useState(false);
  const scheduler = useRef<TPopupScheduler | null>(null);

  useEffect(() => {
    const key = snoozeStorageKey(employeeId);
    const created = createPopupScheduler({
      onChange: setShown,
      initialSnooze: readSnooze(key),
      saveSnooze: (snooze) => writeSnooze(key, snooze),
    });
    scheduler.current = created;
    // A snooze made in another tab hides the pop-up here too.
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) created.applySnooze(readSnooze(key));
    };
    window.addEventListener("storage", onStorage);
    return () => {
      window.removeEventListener("storage", onStorage);
      created.dispose();
      scheduler.current = null;
    };
  }, [employeeId]);

  const items: TDueItem[] = due.data
    ? [
        ...due.data.reminders.map((reminder) => ({
          key: `reminder:${reminder.id}`,
          kind: "reminder" as const,
          reminder,
        })),
        ...due.data.tasks.map((task) => ({ key: `task:${task.id}`, kind: "task" as const, task })),
      ].filter((item) => !hiddenKeys.has(item.key))
    : [];
  const intervalMinutes = due.data?.intervalMinutes ?? null;
  const keyList = items.map((item) => item.key).join(",");

  useEffect(() => {
    if (!due.data) return;
    scheduler.current?.update({ intervalMinutes, dueKeys: keyList ? keyList.split(",") : [] });
    // employeeId: a new scheduler (another employee) needs the answer too.
  }, [due.data, intervalMinutes, keyList, employeeId]);

  return {
    shown: shown && items.length > 0,
    items,
    intervalMinutes,
    truncated: due.data?.truncated ?? false,
    snooze: () => scheduler.current?.snooze(),
  };
}

import { parseSnooze, type TSnooze } from "./popup-schedule";

// A snooze is kept in localStorage, per employee, so every open tab and a reload honour it.
// Storage may be unavailable (private mode, a full quota): then a snooze lasts for this page.

export function snoozeStorageKey(employeeId: string): string {
  return `charter:reminder-snooze:${employeeId}`;
}

export function readSnooze(key: string): TSnooze | null {
  try {
    return parseSnooze(window.localStorage.getItem(key));
  } catch {
    return null;
  }
}

export function writeSnooze(key: string, snooze: TSnooze): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(snooze));
  } catch {
    // Kept in memory only; the pop-up still honours it until the page is left.
  }
}

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import {
  createPopupScheduler,
  decidePopup,
  parseSnooze,
  pollIntervalMs,
  type TSnooze,
} from "./popup-schedule";

const MINUTE = 60_000;
const START = new Date("2026-03-11T09:00:00Z");

function makeScheduler(initialSnooze: TSnooze | null = null) {
  const changes: boolean[] = [];
  const saved: TSnooze[] = [];
  const scheduler = createPopupScheduler({
    onChange: (show) => changes.push(show),
    initialSnooze,
    saveSnooze: (snooze) => saved.push(snooze),
  });
  return { scheduler, changes, saved };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("[H3] the reminder pop-up's timing", () => {
  it("shows at once when something is due and the employee has an interval", () => {
    const { scheduler, changes } = makeScheduler();
    scheduler.update({ intervalMinutes: 30, dueKeys: ["reminder:a"] });
    expect(scheduler.isShown()).toBe(true);
    expect(changes).toEqual([true]);
  });

  it("never shows without an interval, however much is due and however long one waits", () => {
    const { scheduler, changes } = makeScheduler();
    scheduler.update({ intervalMinutes: null, dueKeys: ["reminder:a", "task:b"] });
    vi.advanceTimersByTime(24 * 60 * MINUTE);
    expect(changes).toEqual([]);
    scheduler.snooze();
    expect(scheduler.isShown()).toBe(false);
  });

  it("stays hidden when nothing is due", () => {
    const { scheduler } = makeScheduler();
    scheduler.update({ intervalMinutes: 30, dueKeys: [] });
    expect(scheduler.isShown()).toBe(false);
  });

  it("comes back every interval after a snooze until the item is resolved", () => {
    const { scheduler, changes, saved } = makeScheduler();
    const due = { intervalMinutes: 30, dueKeys: ["reminder:a"] };
    scheduler.update(due);

    scheduler.snooze();
    expect(saved).toEqual([{ until: START.getTime() + 30 * MINUTE, keys: ["reminder:a"] }]);
    expect(scheduler.isShown()).toBe(false);
    vi.advanceTimersByTime(30 * MINUTE - 1);
    expect(scheduler.isShown()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(scheduler.isShown()).toBe(true);

    scheduler.snooze();
    vi.advanceTimersByTime(30 * MINUTE);
    expect(scheduler.isShown()).toBe(true);
    expect(changes).toEqual([true, false, true, false, true]);

    // Resolved: the server no longer lists it, and nothing brings the pop-up back.
    scheduler.update({ intervalMinutes: 30, dueKeys: [] });
    vi.advanceTimersByTime(5 * 60 * MINUTE);
    expect(changes).toEqual([true, false, true, false, true, false]);
  });

  it("shows at once when a new item falls due during a snooze", () => {
    const { scheduler } = makeScheduler();
    scheduler.update({ intervalMinutes: 30, dueKeys: ["reminder:a"] });
    scheduler.snooze();
    vi.advanceTimersByTime(10 * MINUTE);
    scheduler.update({ intervalMinutes: 30, dueKeys: ["reminder:a"] });
    expect(scheduler.isShown()).toBe(false);
    scheduler.update({ intervalMinutes: 30, dueKeys: ["reminder:a", "task:b"] });
    expect(scheduler.isShown()).toBe(true);
  });

  it("keeps a snooze while part of what it covered gets resolved", () => {
    const { scheduler } = makeScheduler();
    scheduler.update({ intervalMinutes: 15, dueKeys: ["reminder:a", "task:b"] });
    scheduler.snooze();
    scheduler.update({ intervalMinutes: 15, dueKeys: ["task:b"] });
    expect(scheduler.isShown()).toBe(false);
    vi.advanceTimersByTime(15 * MINUTE);
    expect(scheduler.isShown()).toBe(true);
  });

  it("honours a snooze made before (a reload) or elsewhere (another tab)", () => {
    const { scheduler } = makeScheduler({ until: START.getTime() + 20 * MINUTE, keys: ["task:b"] });
    scheduler.update({ intervalMinutes: 30, dueKeys: ["task:b"] });
    expect(scheduler.isShown()).toBe(false);
    vi.advanceTimersByTime(20 * MINUTE);
    expect(scheduler.isShown()).toBe(true);

    scheduler.applySnooze({ until: Date.now() + 30 * MINUTE, keys: ["task:b"] });
    expect(scheduler.isShown()).toBe(false);
  });

  it("turns off when the interval is cleared, and its timer dies with it", () => {
    const { scheduler } = makeScheduler();
    scheduler.update({ intervalMinutes: 30, dueKeys: ["reminder:a"] });
    scheduler.snooze();
    scheduler.update({ intervalMinutes: null, dueKeys: ["reminder:a"] });
    vi.advanceTimersByTime(60 * MINUTE);
    expect(scheduler.isShown()).toBe(false);
    scheduler.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("decidePopup", () => {
  it("says when to look again while snoozed", () => {
    const snooze = { until: 5_000, keys: ["reminder:a"] };
    expect(decidePopup({ intervalMinutes: 5, dueKeys: ["reminder:a"] }, snooze, 1_000)).toEqual({
      show: false,
      wakeAt: 5_000,
    });
  });
});

describe("pollIntervalMs", () => {
  it("asks each minute while pop-ups are on, and every five minutes otherwise", () => {
    expect(pollIntervalMs(15)).toBe(MINUTE);
    expect(pollIntervalMs(null)).toBe(5 * MINUTE);
  });
});

describe("parseSnooze", () => {
  it("reads a stored snooze and ignores anything else", () => {
    expect(parseSnooze('{"until":5,"keys":["task:b",3]}')).toEqual({ until: 5, keys: ["task:b"] });
    expect(parseSnooze("{broken")).toBeNull();
    expect(parseSnooze('{"until":"soon"}')).toBeNull();
    expect(parseSnooze(null)).toBeNull();
  });
});

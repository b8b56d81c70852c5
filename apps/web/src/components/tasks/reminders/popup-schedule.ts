// When the reminder pop-up (SPEC H3) shows. With an interval set, it shows as soon as something
// is due; "Snooze" (or closing it) hides it for one interval; then it comes back, and keeps
// coming back every interval until each item is resolved. Something that falls due while the
// pop-up is snoozed shows at once: it was never snoozed. Without an interval it never shows.
// No React and no DOM here, so the timing is tested with fake timers.

const MINUTE_MS = 60_000;

/** What the pop-up knows from the server: the employee's interval and what is due now. */
export type TPopupInput = {
  intervalMinutes: number | null;
  /** One key per due item, e.g. `reminder:<id>` or `task:<id>`. */
  dueKeys: readonly string[];
};

/** A snooze: hidden until `until` (epoch ms) for exactly these items. */
export type TSnooze = { until: number; keys: readonly string[] };

export type TPopupDecision = {
  show: boolean;
  /** When to decide again, if nothing else changes. */ wakeAt: number | null;
};

export function isPopupOn(intervalMinutes: number | null): intervalMinutes is number {
  return intervalMinutes !== null && intervalMinutes > 0;
}

export function decidePopup(
  input: TPopupInput,
  snooze: TSnooze | null,
  now: number,
): TPopupDecision {
  if (!isPopupOn(input.intervalMinutes) || input.dueKeys.length === 0)
    return { show: false, wakeAt: null };
  const snoozed =
    snooze !== null &&
    now < snooze.until &&
    input.dueKeys.every((key) => snooze.keys.includes(key));
  return snoozed ? { show: false, wakeAt: snooze.until } : { show: true, wakeAt: null };
}

/** The snooze that "Snooze" makes now: one interval, for what is due at this moment. */
export function snoozeNow(input: TPopupInput, now: number): TSnooze | null {
  if (!isPopupOn(input.intervalMinutes)) return null;
  return { until: now + input.intervalMinutes * MINUTE_MS, keys: [...input.dueKeys] };
}

/** How often to ask the server what is due: each minute while pop-ups are on, else rarely. */
export function pollIntervalMs(intervalMinutes: number | null): number {
  return isPopupOn(intervalMinutes) ? MINUTE_MS : 5 * MINUTE_MS;
}

export function parseSnooze(text: string | null): TSnooze | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const { until, keys } = value as { until?: unknown; keys?: unknown };
    if (typeof until !== "number" || !Array.isArray(keys)) return null;
    return { until, keys: keys.filter((key): key is string => typeof key === "string") };
  } catch {
    return null;
  }
}

type TSchedulerOptions = {
  /** Called whenever the pop-up should appear or disappear. */
  onChange: (show: boolean) => void;
  /** A snooze kept from before (another tab, a reload). */
  initialSnooze?: TSnooze | null;
  /** Keeps a new snooze (e.g. in localStorage, so every tab and a reload honour it). */
  saveSnooze?: (snooze: TSnooze) => void;
};

export type TPopupScheduler = {
  /** The server's latest answer. */
  update: (input: TPopupInput) => void;
  /** The reader snoozed (or closed) the pop-up. */
  snooze: () => void;
  /** A snooze made elsewhere, e.g. in another tab. */
  applySnooze: (snooze: TSnooze | null) => void;
  isShown: () => boolean;
  dispose: () => void;
};

/** Holds the input and the snooze, and wakes itself when a snooze runs out. */
export function createPopupScheduler(options: TSchedulerOptions): TPopupScheduler {
  let input: TPopupInput = { intervalMinutes: null, dueKeys: [] };
  let snooze = options.initialSnooze ?? null;
  let shown = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function decide() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const now = Date.now();
    const decision = decidePopup(input, snooze, now);
    if (decision.wakeAt !== null) timer = setTimeout(decide, Math.max(0, decision.wakeAt - now));
    if (decision.show !== shown) {
      shown = decision.show;
      options.onChange(shown);
    }
  }

  return {
    update(next) {
      input = next;
      decide();
    },
    snooze() {
      const made = snoozeNow(input, Date.now());
      if (!made) return;
      snooze = made;
      options.saveSnooze?.(made);
      decide();
    },
    applySnooze(next) {
      snooze = next;
      decide();
    },
    isShown: () => shown,
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

/** A moment as a `datetime-local` input shows it: the reader's own zone, to the minute. */
export function toLocalInput(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}T${pad(value.getHours())}:${pad(value.getMinutes())}`;
}

/** What a `datetime-local` input holds, as a moment in the reader's zone; null when unreadable. */
export function fromLocalInput(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return null;
  const value = new Date(text);
  return Number.isNaN(value.getTime()) ? null : value;
}

/** The answer of every validator here: the normalised value, or a message a person can act on. */
export type Validation<T> = { ok: true; value: T } | { ok: false; message: string };

export function accept<T>(value: T): Validation<T> {
  return { ok: true, value };
}

export function reject<T = never>(message: string): Validation<T> {
  return { ok: false, message };
}

/** Cuts user input short for a message, so a pasted novel does not become the message. */
export function abbreviate(input: string, max = 40): string {
  const chars = [...input];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : input;
}

/** User input inside a message: abbreviated and quoted, so spaces and odd characters show. */
export function quote(input: string, max = 40): string {
  return JSON.stringify(abbreviate(input, max));
}

/** A server message split into the input key it blames (if any) and the sentence itself. */
export type TServerMessage = { field: string | null; text: string };

// The API names the input key at fault at the start of a refusal: "parentId: a department
// cannot be moved under itself." Only a plain identifier counts, so a sentence that merely
// contains a colon ("Denied: no role grants…") stays whole.
const FIELD_PREFIX = /^([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*): (.+)$/s;

export function splitServerMessage(message: string): TServerMessage {
  const match = FIELD_PREFIX.exec(message.trim());
  if (!match?.[1] || !match[2]) return { field: null, text: message.trim() };
  const text = match[2].trim();
  // "a department cannot…" reads as a sentence once capitalised; "anna@example.com …" does not.
  const sentence = /^[a-z]+[\s,]/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  return { field: match[1], text: sentence };
}

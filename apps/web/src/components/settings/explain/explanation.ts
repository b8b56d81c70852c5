export type TExplanation = {
  /** The reasons of the deciding rule, one a line ("role X grants edit…", "you are the responsible"). */
  reasons: string[];
  /** For a refusal: the grants that came close and why each did not cover the record. */
  notes: string[];
};

// A sentence ends at a full stop followed by a capital; dotted paths (`deal.partner.id`) and
// times (`…00.000Z`) have no space after their dots and stay whole.
const SENTENCE_END = /(?<=\.)\s+(?=[A-Z])/;
const VERDICT = /^(Allowed|Denied):\s*/;

function withoutStop(text: string): string {
  return text.replace(/\.$/, "").trim();
}

/**
 * The engine's explanation split for reading: its first sentence (after "Allowed:" or
 * "Denied:", which the page shows in the reader's language) into its clauses, the sentences
 * after it into notes.
 */
export function splitExplanation(text: string): TExplanation {
  const [first = "", ...rest] = text.trim().split(SENTENCE_END);
  const reasons = withoutStop(first.replace(VERDICT, ""))
    .split(/;\s+/)
    .map((clause) => clause.trim())
    .filter(Boolean)
    .map((clause) => clause.charAt(0).toUpperCase() + clause.slice(1));
  return { reasons, notes: rest.map(withoutStop).filter(Boolean) };
}

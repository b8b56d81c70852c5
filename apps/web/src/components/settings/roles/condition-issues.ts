// The API refuses a rule with the engine's issues in one sentence: "This grant cannot be saved.
// condition.args[1].path: Unknown path …; condition.args[2].value: …". A message may itself
// contain "; " ("Unknown variable $x; use one of …"), so an issue starts only where an input
// path and ": " follow.
const ISSUE_START = /(?:^|\. |; )([a-z][A-Za-z]*(?:\.[A-Za-z]+|\[\d+\])*): /g;

export type TConditionIssue = {
  /** The builder's row the issue is about, or null for the condition as a whole. */
  row: number | null;
  /** The engine's path of the issue ("condition.args[1].value"). */
  path: string;
  message: string;
};

/** Which row an issue path names: `condition.*` is the one row, `condition.args[i].*` row i. */
function rowOfPath(path: string): number | null {
  const nested = /^condition\.args\[(\d+)\](?:\.([A-Za-z]+))?$/.exec(path);
  if (nested) return nested[2] === "args" || nested[2] === "arg" ? null : Number(nested[1]);
  return /^condition\.(path|value|values|op)$/.test(path) ? 0 : null;
}

/** The issues of a refused rule that are about its condition, each placed on its row. */
export function conditionIssues(serverMessage: string): TConditionIssue[] {
  const starts = [...serverMessage.matchAll(ISSUE_START)];
  return starts.flatMap((match, index) => {
    const path = match[1] ?? "";
    if (path !== "condition" && !path.startsWith("condition.")) return [];
    const from = match.index + match[0].length;
    const to = starts[index + 1]?.index ?? serverMessage.length;
    return [{ row: rowOfPath(path), path, message: serverMessage.slice(from, to).trim() }];
  });
}

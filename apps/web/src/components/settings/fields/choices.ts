/** A select field's choices as typed, one a line: trimmed, blank lines left out. */
export function readChoices(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The choices typed twice, each named once, so the form can say which. */
export function repeatedChoices(choices: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const choice of choices) {
    if (seen.has(choice)) repeated.add(choice);
    seen.add(choice);
  }
  return [...repeated];
}

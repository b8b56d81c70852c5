import { ESLint } from "eslint";
import nextVitals from "eslint-config-next/core-web-vitals";
import { describe, expect, it } from "vitest";

import { i18nRules } from "../../eslint.i18n.js";

// The lint rules of eslint.i18n.js on components written here, without the typed rules.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [...nextVitals, i18nRules],
});

async function findingsIn(component: string): Promise<{ line: number; rule: string | null }[]> {
  const [result] = await eslint.lintText(component, { filePath: "src/components/probe.tsx" });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== "@next/next/no-img-element")
    .map((message) => ({ line: message.line, rule: message.ruleId }));
}

describe("the no-English lint", () => {
  it("refuses English text and English in the props a reader sees or hears", async () => {
    const component = [
      "export function Probe({ done, t }: { done: boolean; t: (key: string) => string }) {",
      "  return (",
      '    <section aria-label="Deals">', // line 3
      "      <h1>Pipeline</h1>", // line 4
      '      {done ? "Done" : t("tasks.open")}', // line 5
      '      <input placeholder={`Search ${t("deals.title")}`} />', // line 6
      '      <Field label="Amount" hint={t("deals.hint")} confirmLabel={"Delete"} />', // line 7
      "    </section>",
      "  );",
      "}",
      "declare function Field(props: Record<string, string>): null;",
    ].join("\n");

    expect(await findingsIn(component)).toEqual([
      { line: 3, rule: "no-restricted-syntax" },
      { line: 4, rule: "react/jsx-no-literals" },
      { line: 5, rule: "no-restricted-syntax" },
      { line: 6, rule: "no-restricted-syntax" },
      { line: 7, rule: "no-restricted-syntax" },
      { line: 7, rule: "no-restricted-syntax" },
    ]);
  });

  it("lets through message keys, symbols on the allow-list, classes and ids", async () => {
    const component = [
      "export function Probe({ t, count }: { t: (key: string) => string; count: number }) {",
      "  return (",
      '    <div className="flex gap-2" id="probe-list" data-testid="probe" title={t("deals.title")}>',
      '      <Gate title="settings.area.roles" />',
      '      {count} · {t("deals.count")} →',
      '      <img alt="" src="/logo.svg" />',
      "    </div>",
      "  );",
      "}",
      "declare function Gate(props: { title: string }): null;",
    ].join("\n");

    expect(await findingsIn(component)).toEqual([]);
  });
});

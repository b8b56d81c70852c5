"use client";

import type { RouterOutputs } from "@charter/api";

import { useLocale, useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

import { splitExplanation } from "./explanation";
import { stepLabel } from "./explain-labels";

type TExplainResultProps = {
  result: RouterOutputs["permissions"]["explain"];
  /** "Olga Ivanova · Edit · Companies", what was asked. */
  question: string;
};

/** D10: the decision, the step of the rules that made it, and the engine's reasons. */
export function ExplainResult({ result, question }: TExplainResultProps) {
  const t = useT();
  const locale = useLocale();
  const { reasons, notes } = splitExplanation(result.explanation);
  const step = stepLabel(result.step);
  const english = locale === "en" ? undefined : "en";

  return (
    <section
      aria-labelledby="explain-verdict"
      data-testid="explain-result"
      className={cn(
        "space-y-4 rounded-xl border bg-white p-6 shadow-xs",
        result.allowed ? "border-emerald-200" : "border-red-200",
      )}
    >
      <div className="flex items-start gap-4">
        <span
          aria-hidden="true"
          className={cn(
            "flex size-10 shrink-0 items-center justify-center rounded-full text-lg font-bold",
            result.allowed ? "bg-emerald-100 text-emerald-700" : "bg-red-100 text-red-700",
          )}
        >
          {result.allowed ? "✓" : "✕"}
        </span>
        <div>
          <h2
            id="explain-verdict"
            className={cn(
              "text-lg font-semibold",
              result.allowed ? "text-emerald-800" : "text-red-800",
            )}
          >
            {result.allowed ? t("settings.explain.allowed") : t("settings.explain.denied")}
          </h2>
          <p className="text-sm text-slate-600">{question}</p>
          <p className="mt-1 text-sm text-slate-700">
            {t("settings.explain.decidedAt", { step: result.step })} {step ? t(step) : null}{" "}
            <code className="rounded bg-slate-100 px-1 font-mono text-xs">{result.rule}</code>
          </p>
        </div>
      </div>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">
          {english ? t("settings.explain.whyInEnglish") : t("settings.explain.why")}
        </h3>
        <ul lang={english} className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
      {notes.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">
            {t("settings.explain.nearMisses")}
          </h3>
          <ul lang={english} className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

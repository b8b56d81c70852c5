"use client";

import type { ReactNode } from "react";

import { useLocale, useT } from "~/i18n/i18n-provider";

import { FIELD_LABELS } from "./condition-labels";
import type { TUnrepresentable } from "./condition-rows";

// What the condition builder says about a part: what is missing, what the server refused, and
// why a JSON condition cannot be shown as rows.

export function RowError({ children }: { children: ReactNode }) {
  return children ? <p className="text-sm text-red-700">{children}</p> : null;
}

/** The server's English words on a part, introduced in the reader's language. */
export function Refused({ text }: { text: string }) {
  const t = useT();
  const locale = useLocale();
  if (locale === "en") return text;
  return (
    <>
      {t("settings.conditions.refusedHere")}{" "}
      <span lang="en" className="italic">
        {text}
      </span>
    </>
  );
}

/** Why JSON cannot go back to rows, in the reader's language. */
export function Unrepresentable({ notice }: { notice: TUnrepresentable }) {
  const t = useT();
  if (notice.reason === "invalid") {
    return (
      <>
        <p>{t("settings.conditions.cannotShow.invalid")}</p>
        <p lang="en" className="mt-1 italic">
          {notice.issues.map((issue) => `${issue.path}: ${issue.message}`).join(" ")}
        </p>
      </>
    );
  }
  if (notice.reason === "operator") {
    const label = FIELD_LABELS[notice.path];
    return t("settings.conditions.cannotShow.operator", {
      field: label ? t(label) : notice.path,
    });
  }
  return t(
    notice.reason === "nested"
      ? "settings.conditions.cannotShow.nested"
      : "settings.conditions.cannotShow.not",
  );
}

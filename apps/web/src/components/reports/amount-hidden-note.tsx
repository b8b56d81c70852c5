"use client";

import { useT } from "~/i18n/i18n-provider";

/** Said wherever a report would show money the reader may not see: counts, never zeros. */
export function AmountHiddenNote() {
  const t = useT();
  return (
    <p
      role="note"
      className="flex items-start gap-2 rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900 ring-1 ring-amber-200 ring-inset"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-px size-3.5 shrink-0 fill-current">
        <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm1.25 8h-2.5v-1h.75V8.5h-.75v-1h2v3.5h.5v1Z" />
      </svg>
      {t("reports.amountHidden")}
    </p>
  );
}

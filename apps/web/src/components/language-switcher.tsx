"use client";

import { useRouter } from "next/navigation";
import { useId, useOptimistic, useState, useTransition, type ChangeEvent } from "react";

import { useLocale, useT } from "~/i18n/i18n-provider";
import { isLocale, LOCALE_NAMES, LOCALES } from "~/i18n/locales";
import { updateLocaleAction } from "~/i18n/update-locale-action";

export function LanguageSwitcher() {
  const t = useT();
  const router = useRouter();
  const locale = useLocale();
  const selectId = useId();
  const errorId = useId();
  // Shows the choice at once; the saved language arrives with the refreshed layout.
  const [shownLocale, showLocale] = useOptimistic(locale);
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    if (!isLocale(next)) return;
    startTransition(async () => {
      showLocale(next);
      const result = await updateLocaleAction(next).catch(() => ({ ok: false }) as const);
      setFailed(!result.ok);
      if (result.ok) router.refresh();
    });
  }

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={selectId} className="text-sm text-slate-600">
        {t("shell.language")}
      </label>
      <select
        id={selectId}
        value={shownLocale}
        onChange={handleChange}
        disabled={pending}
        aria-invalid={failed || undefined}
        aria-describedby={failed ? errorId : undefined}
        className="rounded-md border border-slate-300 bg-white py-1 pr-7 pl-2 text-sm shadow-xs disabled:opacity-60"
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
      {failed ? (
        <p id={errorId} role="alert" className="text-xs text-red-700">
          {t("shell.languageSaveFailed")}
        </p>
      ) : null}
    </div>
  );
}

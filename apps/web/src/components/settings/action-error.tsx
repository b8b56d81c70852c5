"use client";

import { Alert } from "~/components/ui/alert";
import { useLocale, useT } from "~/i18n/i18n-provider";

import type { TSettingsError } from "./use-settings-error";

/**
 * Why an action failed, next to where it was taken: our message in the reader's language and,
 * when it says more, the server's own sentence — translated when the API raised it from its
 * catalogue, else in English, marked so a screen reader reads it as English.
 */
export function ActionError({ error }: { error: TSettingsError | null }) {
  if (!error) return null;
  return (
    <Alert tone="error">
      <ErrorBody error={error} />
    </Alert>
  );
}

/** The words of an ActionError without its box, for a dialog that draws its own. */
export function ErrorBody({ error }: { error: TSettingsError }) {
  const t = useT();
  const locale = useLocale();
  // English reads the server's sentence alone: it holds the general message's sense and more.
  if (locale === "en" && error.detail && error.detailInEnglish) return <p>{error.detail}</p>;
  if (!error.detail) return <p>{error.message}</p>;
  if (!error.detailInEnglish) {
    return (
      <>
        <p>{error.message}</p>
        <p className="mt-1">{error.detail}</p>
      </>
    );
  }
  return (
    <>
      <p>{error.message}</p>
      <p className="mt-1 opacity-80">
        {t("settings.serverSays")}{" "}
        <span lang="en" className="italic">
          {error.detail}
        </span>
      </p>
    </>
  );
}

/** For ConfirmDialog's `error`: nothing when there is no error. */
export function confirmError(error: TSettingsError | null) {
  return error ? <ErrorBody error={error} /> : undefined;
}

"use client";

import { Alert } from "~/components/ui/alert";
import { useLocale, useT } from "~/i18n/i18n-provider";

import type { TSettingsError } from "./use-settings-error";

/**
 * Why an action failed, next to where it was taken: our message in the reader's language and,
 * when it says more, the server's own sentence in the reader's language; English the reader's
 * language cannot say for them (the server's explanation) is marked so a screen reader reads
 * it as English.
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
  const detail = error.detail && error.detail !== error.message ? error.detail : null;
  // In English the server's sentence holds the general message's sense and more.
  if (locale === "en" && detail) return <p>{detail}</p>;
  return (
    <>
      <p>{error.message}</p>
      {detail ? <p className="mt-1">{detail}</p> : null}
      {error.englishDetail ? (
        <p className="mt-1 opacity-80">
          {t("settings.serverSays")}{" "}
          <span lang="en" className="italic">
            {error.englishDetail}
          </span>
        </p>
      ) : null}
    </>
  );
}

/** For ConfirmDialog's `error`: nothing when there is no error. */
export function confirmError(error: TSettingsError | null) {
  return error ? <ErrorBody error={error} /> : undefined;
}

"use client";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { splitServerMessage } from "~/lib/server-message";

type TActionErrorProps = {
  error: unknown;
  /** Offered on a conflict (someone saved a newer version): read the record again. */
  onReload?: () => void;
  reloading?: boolean;
};

/**
 * Why a save failed, next to the form. A stale version says so and offers to reload; an input
 * the API refused by name adds the API's own sentence in the reader's language; a refusal
 * names its rule in the reader's language.
 */
export function ActionError({ error, onReload, reloading }: TActionErrorProps) {
  const t = useT();
  const locale = useLocale();
  const read = useApiError()(error);
  if (!read) return null;
  if (read.kind === "conflict")
    return (
      <Alert
        tone="warning"
        title={t("deals.conflict.title")}
        actions={
          onReload ? (
            <Button variant="secondary" size="sm" onClick={onReload} loading={reloading}>
              {t("common.reload")}
            </Button>
          ) : undefined
        }
      >
        {read.message}
      </Alert>
    );
  // The API's own sentence for an input it refused by name, in the reader's language; an error
  // without a catalogue key keeps its English sentence for an English reader (not a zod report,
  // which is JSON).
  const named =
    read.kind === "invalid" &&
    Object.keys(read.fieldErrors).length === 0 &&
    !read.serverMessage.trimStart().startsWith("[");
  const detail = read.appMessage
    ? read.kind === "invalid"
      ? read.detail
      : null
    : named && locale === "en"
      ? splitServerMessage(read.serverMessage).text
      : null;
  return (
    <Alert tone="error">
      {read.message}
      {detail && detail !== read.message ? <span className="mt-1 block">{detail}</span> : null}
    </Alert>
  );
}

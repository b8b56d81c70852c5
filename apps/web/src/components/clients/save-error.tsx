"use client";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import type { TShownApiError } from "~/lib/use-api-error";

type TSaveErrorProps = {
  error: TShownApiError | null;
  /** Loads the record again; offered when someone else saved it first (a stale version). */
  onReload: () => void;
  reloading: boolean;
};

/** Why a save failed, above the form; a conflict offers to load the other person's version. */
export function SaveError({ error, onReload, reloading }: TSaveErrorProps) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert
      tone="error"
      actions={
        error.kind === "conflict" ? (
          <Button variant="secondary" size="sm" onClick={onReload} loading={reloading}>
            {t("clients.card.reloadLatest")}
          </Button>
        ) : null
      }
    >
      {error.message}
    </Alert>
  );
}

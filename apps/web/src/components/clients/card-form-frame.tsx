"use client";

import { useState, type FormEvent, type ReactNode, type RefObject } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import type { TShownApiError } from "~/lib/use-api-error";

import { SaveError } from "./save-error";

type TCardFormFrameProps = {
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: () => void;
  onCancel: () => void;
  /** Loads the record again after a conflict; the parent then remounts the form. */
  onReload: () => Promise<unknown>;
  /** The form was just reloaded after a conflict: say so, once. */
  reloaded: boolean;
  error: TShownApiError | null;
  pending: boolean;
  /** The reader pressed Save without changing anything. */
  unchanged: boolean;
  children: ReactNode;
};

/** What every card's edit form shares: the save's error or conflict, and Save/Cancel kept in view. */
export function CardFormFrame({
  formRef,
  onSubmit,
  onCancel,
  onReload,
  reloaded,
  error,
  pending,
  unchanged,
  children,
}: TCardFormFrameProps) {
  const t = useT();
  const [reloading, setReloading] = useState(false);

  async function reload() {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-6"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {reloaded ? <Alert tone="info">{t("clients.card.reloaded")}</Alert> : null}
      <SaveError error={error} onReload={() => void reload()} reloading={reloading} />
      {children}
      <div className="sticky bottom-0 flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 bg-slate-50/95 py-3 backdrop-blur">
        {unchanged ? (
          <p role="status" className="mr-auto text-sm text-slate-600">
            {t("clients.card.nothingChanged")}
          </p>
        ) : null}
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" loading={pending} loadingText={t("common.saving")}>
          {t("clients.card.saveChanges")}
        </Button>
      </div>
    </form>
  );
}

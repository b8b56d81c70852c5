"use client";

import Link from "next/link";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";

type TListErrorProps = {
  error: unknown;
  /** The list started from a cursor in the URL: offer the first page instead. */
  fromCursor: boolean;
  onRestart: () => void;
  onRetry: () => void;
};

/** Why a list did not load, with the way out that fits: the first page, or another try. */
export function ListError({ error, fromCursor, onRestart, onRetry }: TListErrorProps) {
  const t = useT();
  const read = readApiError(error);
  return (
    <Alert
      tone="error"
      actions={
        fromCursor ? (
          <Button variant="secondary" size="sm" onClick={onRestart}>
            {t("common.backToStart")}
          </Button>
        ) : (
          <Button variant="secondary" size="sm" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )
      }
    >
      {read.kind === "network" || read.kind === "unexpected"
        ? t("common.loadFailed")
        : t(read.messageKey)}
    </Alert>
  );
}

/** Shown above a list opened part-way (a shared link with a cursor): the way to its start. */
export function FromCursorNote({ onRestart }: { onRestart: () => void }) {
  const t = useT();
  return (
    <p className="text-sm">
      <Button variant="link" onClick={onRestart}>
        {t("common.backToStart")}
      </Button>
    </p>
  );
}

export function RecordLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="font-medium text-indigo-700 hover:underline">
      {children}
    </Link>
  );
}

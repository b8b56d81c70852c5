"use client";

import Link from "next/link";

import { Alert } from "~/components/ui/alert";
import { Button, buttonClasses } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";

type TLoadErrorProps = {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
};

/**
 * Why a settings read failed, in the reader's words: a refusal says which rule refused (the
 * area is closed to them), an ended session offers to sign in again, anything else to retry.
 */
export function LoadError({ error, onRetry, retrying }: TLoadErrorProps) {
  const t = useT();
  const shown = useApiError()(error);
  if (!shown) return null;
  if (shown.kind === "forbidden") {
    return (
      <Alert tone="warning" title={t("settings.forbidden.title")}>
        {shown.message}
      </Alert>
    );
  }
  if (shown.kind === "unauthenticated") {
    return (
      <Alert
        tone="error"
        actions={
          <Link href="/sign-in" className={buttonClasses("secondary", "sm")}>
            {t("settings.signInAgain")}
          </Link>
        }
      >
        {shown.message}
      </Alert>
    );
  }
  return (
    <Alert
      tone="error"
      actions={
        onRetry ? (
          <Button variant="secondary" size="sm" onClick={onRetry} loading={retrying}>
            {t("common.retry")}
          </Button>
        ) : null
      }
    >
      {shown.message}
    </Alert>
  );
}

"use client";

import { useQuery } from "@tanstack/react-query";

import { Alert } from "~/components/ui/alert";
import { Dialog } from "~/components/ui/dialog";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

/**
 * A generated document as it reads. The HTML (every merged value escaped by the API) is
 * shown in a sandboxed frame with no scripts, so it cannot act on the page around it.
 */
export function DocumentViewDialog({
  id,
  title,
  onClose,
}: {
  id: string;
  title: string;
  onClose: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const document = useQuery(trpc.documents.get.queryOptions({ id }));
  return (
    <Dialog open onClose={onClose} title={title} size="lg">
      {document.isPending ? (
        <LoadingBlock label={t("common.loading")} lines={6} />
      ) : document.isError ? (
        <Alert tone="error">{t("common.loadFailed")}</Alert>
      ) : document.data.bodyHtml ? (
        <iframe
          title={title}
          sandbox=""
          srcDoc={document.data.bodyHtml}
          className="h-[60vh] w-full rounded-md border border-slate-200 bg-white"
        />
      ) : (
        <p className="text-sm text-slate-500">{t("deals.documents.noBody")}</p>
      )}
    </Dialog>
  );
}

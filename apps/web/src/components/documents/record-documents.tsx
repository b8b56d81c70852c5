"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { LocalTime } from "~/components/ui/local-time";
import { Panel } from "~/components/ui/panel";
import { Skeleton } from "~/components/ui/skeleton";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { readApiError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from "../deals/detail/document-labels";
import { DocumentViewDialog } from "../deals/detail/document-view-dialog";
import {
  GenerateDocumentDialog,
  type TDocumentRecordRef,
} from "../deals/detail/generate-document-dialog";

const noRetryOnRefusal = (failures: number, error: unknown) =>
  failures < 2 && readApiError(error).kind === "network";

/** A deal's or client's documents the reader may see, and a new one from a template. */
export function RecordDocuments({
  of,
  mayGenerate,
}: {
  of: TDocumentRecordRef;
  /** The reader may create documents of some kind (templates then say which). */
  mayGenerate: boolean;
}) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const [generating, setGenerating] = useState(false);
  const [viewing, setViewing] = useState<{ id: string; title: string } | null>(null);
  const documents = useQuery(
    trpc.documents.list.queryOptions({ ...of, limit: 50 }, { retry: noRetryOnRefusal }),
  );
  // The templates the reader may use; none offered, no button.
  const templates = useQuery(
    trpc.documents.listTemplates.queryOptions(
      {},
      { enabled: mayGenerate, retry: noRetryOnRefusal, staleTime: 60_000 },
    ),
  );
  const offerGenerate = mayGenerate && (templates.data?.some((each) => each.isActive) ?? false);
  const items = documents.data?.items ?? [];

  return (
    <Panel
      title={t("deals.documents.title")}
      aside={
        offerGenerate ? (
          <Button variant="secondary" size="sm" onClick={() => setGenerating(true)}>
            {t("deals.documents.generateOpen")}
          </Button>
        ) : null
      }
    >
      {documents.isPending ? (
        <div className="space-y-2">
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-1/3" />
        </div>
      ) : documents.isError ? (
        <p className="text-sm text-slate-500">
          {readApiError(documents.error).kind === "forbidden"
            ? t("deals.documents.noAccess")
            : t("common.loadFailed")}
        </p>
      ) : items.length === 0 ? (
        <p className="text-sm text-slate-500">{t("deals.documents.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((document) => (
            <li
              key={document.id}
              className="flex flex-wrap items-center justify-between gap-3 py-2.5 first:pt-0"
            >
              <div className="min-w-0">
                <button
                  type="button"
                  onClick={() => setViewing({ id: document.id, title: document.title })}
                  className="text-left text-sm font-medium text-indigo-700 hover:underline"
                >
                  {document.title}
                </button>
                <p className="text-xs text-slate-500">
                  {t(DOCUMENT_KIND_LABELS[document.kind])}
                  {document.number ? ` · ${document.number}` : null}
                  {" · "}
                  <LocalTime value={document.createdAt} withTime={false} />
                </p>
              </div>
              <Badge tone={document.status === "signed" ? "success" : "neutral"}>
                {t(DOCUMENT_STATUS_LABELS[document.status])}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      {generating ? (
        <GenerateDocumentDialog
          of={of}
          onClose={() => setGenerating(false)}
          onGenerated={(document) => {
            setGenerating(false);
            toast(t("deals.documents.generated", { title: document.title }), "success");
            setViewing(document);
          }}
        />
      ) : null}
      {viewing ? (
        <DocumentViewDialog
          id={viewing.id}
          title={viewing.title}
          onClose={() => setViewing(null)}
        />
      ) : null}
    </Panel>
  );
}

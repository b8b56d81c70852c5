"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Alert } from "~/components/ui/alert";
import { FormDialog } from "~/components/ui/form-dialog";
import { Select } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../shared/action-error";
import { DOCUMENT_KIND_LABELS } from "./document-labels";

type TGenerated = { id: string; title: string };

/** A record a document is made for: a deal, or a client card's company or contact. */
export type TDocumentRecordRef = { dealId: string } | { companyId: string } | { contactId: string };

/**
 * A document of the record from one of the templates the reader may use: the API merges the
 * project, the deal with its products, and the company and contact, as far as the reader may
 * read them.
 */
export function GenerateDocumentDialog({
  of,
  onClose,
  onGenerated,
}: {
  of: TDocumentRecordRef;
  onClose: () => void;
  onGenerated: (document: TGenerated) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useApiError();
  const templates = useQuery(trpc.documents.listTemplates.queryOptions({}));
  const active = (templates.data ?? []).filter((template) => template.isActive);
  const [templateId, setTemplateId] = useState("");
  const [title, setTitle] = useState("");
  const [missing, setMissing] = useState(false);
  const chosen = templateId || active[0]?.id || "";
  const generate = useMutation(
    trpc.documents.generate.mutationOptions({
      onSuccess: (document) => {
        void queryClient.invalidateQueries(trpc.documents.list.pathFilter());
        onGenerated({ id: document.id, title: document.title });
      },
    }),
  );
  const shown = readError(generate.error);

  function submit() {
    if (!chosen) {
      setMissing(true);
      return;
    }
    generate.mutate({
      templateId: chosen,
      ...of,
      ...(title.trim() ? { title: title.trim() } : {}),
    });
  }

  return (
    <FormDialog
      onClose={onClose}
      pending={generate.isPending}
      title={t("deals.documents.generateTitle")}
      description={t("deals.documents.generateHint")}
      submitLabel={t("deals.documents.generate")}
      pendingLabel={t("deals.documents.generating")}
      submitDisabled={active.length === 0}
      onSubmit={submit}
    >
      <div aria-live="polite">{generate.error ? <ActionError error={generate.error} /> : null}</div>
      {templates.isError ? (
        <Alert tone="info">{t("deals.documents.noTemplateAccess")}</Alert>
      ) : templates.data && active.length === 0 ? (
        <Alert tone="info">{t("deals.documents.noTemplates")}</Alert>
      ) : (
        <Select
          label={t("deals.documents.template")}
          value={chosen}
          disabled={templates.isPending}
          options={active.map((template) => ({
            value: template.id,
            label: `${template.name} (${t(DOCUMENT_KIND_LABELS[template.kind])})`,
          }))}
          onChange={(event) => {
            setTemplateId(event.target.value);
            setMissing(false);
          }}
          error={missing ? t("errors.validation.required") : shown?.fieldMessage("templateId")}
        />
      )}
      <TextField
        label={t("deals.documents.titleField")}
        value={title}
        maxLength={300}
        placeholder={t("deals.documents.titlePlaceholder")}
        onChange={(event) => setTitle(event.target.value)}
        error={shown?.fieldMessage("title")}
      />
    </FormDialog>
  );
}

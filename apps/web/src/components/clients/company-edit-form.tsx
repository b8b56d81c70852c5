"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Panel } from "~/components/ui/panel";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { BuiltInInputs } from "./built-in-inputs";
import { CardFormFrame } from "./card-form-frame";
import type { TCompanyCard } from "./card-types";
import { refreshCompanyLists } from "./clients-cache";
import { COMPANY_FIELDS } from "./company-fields";
import { CustomSectionsForm } from "./custom-sections-form";
import { hasChanges, isEmpty, useCardForm } from "./use-card-form";

type TCompanyEditFormProps = {
  company: TCompanyCard;
  onDone: () => void;
  onReload: () => Promise<unknown>;
  /** The form was just reloaded after a conflict: say so, once. */
  reloaded: boolean;
};

/** Edits a company at the version it was read; a stale version is refused and offered again. */
export function CompanyEditForm({ company, onDone, onReload, reloaded }: TCompanyEditFormProps) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const describe = useApiError();
  const form = useCardForm({
    record: company,
    fields: COMPANY_FIELDS,
    sections: company.customSections,
  });
  const [unchanged, setUnchanged] = useState(false);

  const save = useMutation(
    trpc.companies.update.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.companies.get.queryKey({ id: saved.id }), saved);
        toast(t("clients.card.saved"), "success");
        onDone();
        await refreshCompanyLists(queryClient, trpc);
      },
    }),
  );
  const error = describe(save.error);

  function handleSubmit() {
    const changes = form.collect();
    if (!changes) return;
    setUnchanged(!hasChanges(changes));
    if (!hasChanges(changes)) return;
    save.mutate({
      id: company.id,
      version: company.version,
      // Keys follow the API's own fields; the API checks every value again.
      fields: isEmpty(changes.fields) ? undefined : changes.fields,
      customValues: isEmpty(changes.customValues) ? undefined : changes.customValues,
    });
  }

  return (
    <CardFormFrame
      formRef={form.formRef}
      onSubmit={handleSubmit}
      onCancel={onDone}
      onReload={onReload}
      reloaded={reloaded}
      error={error}
      pending={save.isPending}
      unchanged={unchanged}
    >
      <Panel title={t("clients.card.details")}>
        <BuiltInInputs
          fields={COMPANY_FIELDS}
          values={form.builtIns}
          onChange={form.setBuiltIn}
          errorOf={(key) => form.builtInError(key, error?.fieldMessage(key))}
          disabled={save.isPending}
        />
      </Panel>
      <CustomSectionsForm
        sections={company.customSections}
        values={form.custom}
        onChange={form.setCustomValue}
        errorOf={form.customError}
        disabled={save.isPending}
      />
    </CardFormFrame>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Alert } from "~/components/ui/alert";
import { FormDialog } from "~/components/ui/form-dialog";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../shared/action-error";
import type { TDealDetail } from "../shared/deal-types";
import { changedFields, formValuesOf, validateDealForm, type TDealFormErrors } from "./deal-form";
import { DealFormFields } from "./deal-form-fields";
import { useDealSaved } from "./use-deal-saved";

/**
 * Edits a deal at the version the reader opened. A save made meanwhile by someone else is a
 * conflict: nothing is overwritten, and "Reload" shows the deal as it is now.
 */
export function DealEditDialog({ deal, onClose }: { deal: TDealDetail; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const saved = useDealSaved();
  const readError = useApiError();
  const [opened, setOpened] = useState(deal);
  const [values, setValues] = useState(() => formValuesOf(deal));
  const [errors, setErrors] = useState<TDealFormErrors>({});
  const [reloading, setReloading] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const base = formValuesOf(opened);
  const options = {
    amountEditable: opened.lines.length === 0 && opened.amount !== undefined,
    closeDateShown: opened.expectedCloseAt !== undefined,
  };

  const update = useMutation(
    trpc.deals.update.mutationOptions({
      onSuccess: (deal) => {
        saved(deal);
        toast(t("deals.edit.saved"), "success");
        onClose();
      },
    }),
  );

  // The API names a refused field by its path under `fields`, shown beside that field.
  const shown = readError(update.error);

  async function reload() {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({
        ...trpc.deals.get.queryOptions({ id: deal.id }),
        staleTime: 0,
      });
      setOpened(fresh);
      setValues(formValuesOf(fresh));
      setErrors({});
      update.reset();
    } finally {
      setReloading(false);
    }
  }

  function submit() {
    const found = validateDealForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const fields = changedFields(base, values, options);
    if (Object.keys(fields).length === 0) {
      setUnchanged(true);
      return;
    }
    update.mutate({ id: opened.id, version: opened.version, fields });
  }

  return (
    <FormDialog
      onClose={onClose}
      pending={update.isPending}
      title={t("deals.edit.title")}
      size="lg"
      submitLabel={t("common.save")}
      onSubmit={submit}
    >
      <div aria-live="polite">
        {update.error ? (
          <ActionError error={update.error} onReload={() => void reload()} reloading={reloading} />
        ) : unchanged ? (
          <Alert tone="info">{t("deals.edit.nothingChanged")}</Alert>
        ) : null}
      </div>
      <DealFormFields
        values={values}
        onChange={(patch) => {
          setValues((current) => ({ ...current, ...patch }));
          setUnchanged(false);
        }}
        errors={errors}
        serverError={(field) => shown?.fieldMessage(`fields.${field}`)}
        showAmount={opened.amount !== undefined}
        amountFromLines={opened.lines.length > 0}
        showCloseDate={options.closeDateShown}
      />
    </FormDialog>
  );
}

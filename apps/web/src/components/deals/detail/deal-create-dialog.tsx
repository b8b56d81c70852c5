"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { FormDialog } from "~/components/ui/form-dialog";
import { Select } from "~/components/ui/select";
import { useToast } from "~/components/ui/toast";
import { useLocale, useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../shared/action-error";
import { DEFAULT_CURRENCY } from "../shared/default-currency";
import type { TStageRef } from "../shared/deal-types";
import {
  fromDayKey,
  normaliseAmount,
  validateDealForm,
  type TDealFormErrors,
  type TDealFormValues,
} from "./deal-form";
import { DealFormFields } from "./deal-form-fields";
import { useDealSaved } from "./use-deal-saved";

type TDealCreateDialogProps = {
  onClose: () => void;
  /** The pipeline on screen, and its stages: the deal starts in the first unless told. */
  pipelineId: string | null;
  stages: readonly TStageRef[];
  /** The currency the pipeline's deals are in, when the board knows it. */
  currency: string | null;
};

/** A new deal, the reader its responsible (the API sets it), in a stage of this pipeline. */
export function DealCreateDialog({
  onClose,
  pipelineId,
  stages,
  currency,
}: TDealCreateDialogProps) {
  const t = useT();
  const locale = useLocale();
  const trpc = useTRPC();
  const toast = useToast();
  const saved = useDealSaved();
  const readError = useApiError();
  const openStages = stages.filter((stage) => stage.outcome === "open");
  const [stageId, setStageId] = useState(openStages[0]?.id ?? "");
  const [errors, setErrors] = useState<TDealFormErrors>({});
  const [values, setValues] = useState<TDealFormValues>({
    title: "",
    amount: "",
    currency: currency ?? DEFAULT_CURRENCY[locale],
    expectedCloseAt: "",
    company: null,
    contact: null,
    partner: null,
  });

  const create = useMutation(
    trpc.deals.create.mutationOptions({
      onSuccess: (deal) => {
        saved(deal);
        toast(t("deals.create.done", { title: deal.title, stage: deal.stage.name }), "success");
        onClose();
      },
    }),
  );
  const shown = readError(create.error);

  function submit() {
    const found = validateDealForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const amount = normaliseAmount(values.amount);
    create.mutate({
      title: values.title.trim(),
      currency: values.currency.trim().toUpperCase(),
      ...(amount ? { amount } : {}),
      ...(values.expectedCloseAt ? { expectedCloseAt: fromDayKey(values.expectedCloseAt) } : {}),
      ...(values.company ? { companyId: values.company.id } : {}),
      ...(values.contact ? { contactId: values.contact.id } : {}),
      ...(values.partner ? { partnerId: values.partner.id } : {}),
      ...(pipelineId ? { pipelineId } : {}),
      ...(stageId ? { stageId } : {}),
    });
  }

  return (
    <FormDialog
      onClose={onClose}
      pending={create.isPending}
      title={t("deals.create.title")}
      description={t("deals.create.description")}
      size="lg"
      submitLabel={t("deals.create.submit")}
      onSubmit={submit}
    >
      <div aria-live="polite">{create.error ? <ActionError error={create.error} /> : null}</div>
      <DealFormFields
        values={values}
        onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
        errors={errors}
        serverError={(field) => shown?.fieldMessage(field)}
        showAmount
        amountFromLines={false}
        showCloseDate
      />
      {openStages.length > 0 ? (
        <Select
          label={t("deals.field.stage")}
          value={stageId}
          options={openStages.map((stage) => ({ value: stage.id, label: stage.name }))}
          onChange={(event) => setStageId(event.target.value)}
          error={shown?.fieldMessage("stageId")}
        />
      ) : null}
    </FormDialog>
  );
}

"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormDialog } from "~/components/ui/form-dialog";
import { Select } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { useToast } from "~/components/ui/toast";
import { useLocale, useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { normaliseAmount } from "../detail/deal-form";
import { ActionError } from "../shared/action-error";
import { stageOfColumn } from "../shared/board-cache";
import { DEFAULT_CURRENCY } from "../shared/default-currency";
import type { TInterest } from "../shared/deal-types";

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const CURRENCY = /^[A-Z]{3}$/;

/**
 * Turns an interest (a lead) into a deal in one step (SPEC G5): the deal keeps the interest's
 * company, contact, product and responsible, and opens in the chosen pipeline and stage.
 */
export function ConvertDialog({ interest, onClose }: { interest: TInterest; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const readError = useApiError();
  const [title, setTitle] = useState(interest.title);
  const [pipelineId, setPipelineId] = useState<string | null>(null);
  const [stageId, setStageId] = useState("");
  const [amount, setAmount] = useState("");
  // Without a product the API has no currency to take: the reader gives one.
  const [currency, setCurrency] = useState(interest.product ? "" : DEFAULT_CURRENCY[locale]);
  const [errors, setErrors] = useState<{ title?: string; amount?: string; currency?: string }>({});
  const pipeline = useQuery(
    trpc.deals.board.queryOptions(
      { pipelineId: pipelineId ?? undefined, perStage: 1 },
      { staleTime: 5 * 60_000 },
    ),
  );
  const stages = (pipeline.data?.columns.map(stageOfColumn) ?? []).filter(
    (stage) => stage.outcome === "open",
  );
  const chosenStage = stageId || stages[0]?.id || "";
  const convert = useMutation(
    trpc.interests.convert.mutationOptions({
      onSuccess: ({ deal }) => {
        void queryClient.invalidateQueries(trpc.interests.pathFilter());
        void queryClient.invalidateQueries(trpc.deals.pathFilter());
        toast(t("deals.interests.converted", { title: deal.title }), "success");
        router.push(`/deals/${deal.id}`);
      },
    }),
  );
  const shown = readError(convert.error);

  function submit() {
    const found: typeof errors = {};
    if (!title.trim()) found.title = t("errors.validation.required");
    const money = normaliseAmount(amount);
    if (money && !AMOUNT.test(money)) found.amount = t("deals.form.amountInvalid");
    const code = currency.trim().toUpperCase();
    if (code ? !CURRENCY.test(code) : !interest.product)
      found.currency = t("deals.form.currencyInvalid");
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    convert.mutate({
      id: interest.id,
      version: interest.version,
      title: title.trim(),
      ...(money ? { amount: money } : {}),
      ...(code ? { currency: code } : {}),
      ...(pipeline.data ? { pipelineId: pipeline.data.pipeline.id } : {}),
      ...(chosenStage ? { stageId: chosenStage } : {}),
    });
  }

  return (
    <FormDialog
      onClose={onClose}
      pending={convert.isPending}
      title={t("deals.interests.convertTitle")}
      description={t("deals.interests.convertHint")}
      submitLabel={t("deals.interests.convert")}
      pendingLabel={t("deals.interests.converting")}
      onSubmit={submit}
    >
      <div aria-live="polite">{convert.error ? <ActionError error={convert.error} /> : null}</div>
      <TextField
        label={t("deals.field.title")}
        value={title}
        maxLength={200}
        required
        requiredLabel={t("common.required")}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title ?? shown?.fieldMessage("title")}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Select
          label={t("deals.field.pipeline")}
          value={pipeline.data?.pipeline.id ?? ""}
          disabled={!pipeline.data}
          options={(pipeline.data?.pipelines ?? []).map((each) => ({
            value: each.id,
            label: each.name,
          }))}
          onChange={(event) => {
            setPipelineId(event.target.value);
            setStageId("");
          }}
        />
        <Select
          label={t("deals.field.stage")}
          value={chosenStage}
          disabled={stages.length === 0}
          options={stages.map((stage) => ({ value: stage.id, label: stage.name }))}
          onChange={(event) => setStageId(event.target.value)}
          error={shown?.fieldMessage("stageId")}
        />
        <TextField
          label={t("deals.field.amount")}
          inputMode="decimal"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          error={errors.amount ?? shown?.fieldMessage("amount")}
          hint={interest.product ? t("deals.interests.amountFromProduct") : undefined}
        />
        <TextField
          label={t("deals.field.currency")}
          value={currency}
          maxLength={3}
          className="uppercase"
          placeholder={interest.product ? t("deals.interests.productCurrency") : undefined}
          onChange={(event) => setCurrency(event.target.value.toUpperCase())}
          error={errors.currency ?? shown?.fieldMessage("currency")}
        />
      </div>
    </FormDialog>
  );
}

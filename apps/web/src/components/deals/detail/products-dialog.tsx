"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Button } from "~/components/ui/button";
import { FormDialog } from "~/components/ui/form-dialog";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../shared/action-error";
import type { TDealDetail } from "../shared/deal-types";
import { useMoney } from "../shared/use-money";
import { ProductLineRow } from "./product-line-row";
import {
  draftsOf,
  draftsTotal,
  hasLineErrors,
  toApiLines,
  validateLines,
  type TLineDraft,
  type TLineError,
} from "./product-lines";
import { useDealSaved } from "./use-deal-saved";

let nextKey = 0;
const newLine = (): TLineDraft => ({
  key: `new-${++nextKey}`,
  product: null,
  quantity: "1",
  unitPrice: "",
  discount: "",
});

/**
 * The deal's product lines, replaced as a whole at the version the reader opened; the server
 * then computes the amount from them (the total here is a preview of the same rule).
 */
export function ProductsDialog({ deal, onClose }: { deal: TDealDetail; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const money = useMoney();
  const toast = useToast();
  const queryClient = useQueryClient();
  const saved = useDealSaved();
  const readError = useApiError();
  const [opened, setOpened] = useState(deal);
  const [drafts, setDrafts] = useState<TLineDraft[]>(() =>
    deal.lines.length > 0 ? draftsOf(deal.lines) : [newLine()],
  );
  const [errors, setErrors] = useState<TLineError[]>([]);
  const [reloading, setReloading] = useState(false);
  const total = draftsTotal(drafts, opened.currency);

  const setProducts = useMutation(
    trpc.deals.setProducts.mutationOptions({
      onSuccess: (result) => {
        saved(result);
        toast(t("deals.products.saved"), "success");
        onClose();
      },
    }),
  );

  const shown = readError(setProducts.error);

  async function reload() {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({
        ...trpc.deals.get.queryOptions({ id: deal.id }),
        staleTime: 0,
      });
      setOpened(fresh);
      setDrafts(fresh.lines.length > 0 ? draftsOf(fresh.lines) : [newLine()]);
      setErrors([]);
      setProducts.reset();
    } finally {
      setReloading(false);
    }
  }

  function update(index: number, patch: Partial<TLineDraft>) {
    setDrafts((current) =>
      current.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)),
    );
  }

  function submit() {
    // An untouched empty line is not a mistake: it is left out.
    const kept = drafts.filter((draft) => draft.product || draft.unitPrice || draft.discount);
    const found = validateLines(kept);
    setDrafts(kept);
    setErrors(found);
    if (hasLineErrors(found)) return;
    setProducts.mutate({ id: opened.id, version: opened.version, lines: toApiLines(kept) });
  }

  return (
    <FormDialog
      onClose={onClose}
      pending={setProducts.isPending}
      title={t("deals.products.dialogTitle")}
      description={t("deals.products.dialogHint")}
      size="lg"
      submitLabel={t("common.save")}
      onSubmit={submit}
      formClassName="space-y-3"
    >
      <div aria-live="polite">
        {setProducts.error ? (
          <ActionError
            error={setProducts.error}
            onReload={() => void reload()}
            reloading={reloading}
          />
        ) : null}
      </div>
      {drafts.map((draft, index) => (
        <ProductLineRow
          key={draft.key}
          index={index}
          draft={draft}
          error={errors[index] ?? {}}
          currency={opened.currency}
          focusQuantity={index === 0 && draft.product !== null}
          serverError={(input) => shown?.fieldMessage(`lines.${index}.${input}`)}
          onChange={(patch) => update(index, patch)}
          onRemove={() => {
            setDrafts((current) => current.filter((_, at) => at !== index));
            setErrors((current) => current.filter((_, at) => at !== index));
          }}
        />
      ))}
      {drafts.length === 0 ? (
        <p className="text-sm text-slate-600">{t("deals.products.allRemoved")}</p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3 pt-1">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => setDrafts((current) => [...current, newLine()])}
        >
          {t("deals.products.addLine")}
        </Button>
        <p className="text-sm text-slate-700" aria-live="polite">
          {t("deals.products.newTotal")}:{" "}
          <span className="font-semibold text-slate-900 tabular-nums">
            {total ? money(total, opened.currency) : t("common.none")}
          </span>
        </p>
      </div>
    </FormDialog>
  );
}

"use client";

import { useState } from "react";

import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import { RecordPicker, useProductOptions } from "../shared/record-picker";
import { useMoney } from "../shared/use-money";
import { draftTotal, type TLineDraft, type TLineError } from "./product-lines";

const ERROR_KEYS = {
  required: "errors.validation.required",
  invalid: "errors.fieldInvalid",
  duplicate: "deals.products.duplicate",
} as const;

type TProductLineRowProps = {
  index: number;
  draft: TLineDraft;
  error: TLineError;
  currency: string;
  onChange: (patch: Partial<TLineDraft>) => void;
  onRemove: () => void;
  /** The API's message for one of this line's inputs, when it refused it. */
  serverError?: (input: "productId" | "quantity" | "unitPrice" | "discount") => string | undefined;
  /** The dialog opens on this line's quantity (a saved line), not on its product search. */
  focusQuantity?: boolean;
};

/** One line: product, quantity, price (the list price when empty), discount, and its total. */
export function ProductLineRow({
  index,
  draft,
  error,
  currency,
  onChange,
  onRemove,
  focusQuantity = false,
  serverError = () => undefined,
}: TProductLineRowProps) {
  const t = useT();
  const money = useMoney();
  const [text, setText] = useState<string | null>(null);
  const products = useProductOptions(text);
  const total = draftTotal(draft, currency);
  const errorOf = (field: keyof TLineError) => {
    const code = error[field];
    return code ? t(ERROR_KEYS[code]) : serverError(field === "product" ? "productId" : field);
  };
  const listPrice = draft.product?.listPrice;

  return (
    <fieldset className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-12">
      <legend className="sr-only">{t("deals.products.line", { number: index + 1 })}</legend>
      <div className="col-span-2 sm:col-span-5">
        <RecordPicker
          label={t("deals.products.product")}
          value={draft.product}
          onChange={(picked) =>
            onChange({
              product: picked ? (products.byId.get(picked.id) ?? { ...picked, sku: "" }) : null,
            })
          }
          options={products.options}
          loading={products.loading}
          onSearch={setText}
          error={errorOf("product")}
        />
      </div>
      <TextField
        label={t("deals.products.quantity")}
        containerClassName="sm:col-span-2"
        inputMode="decimal"
        data-autofocus={focusQuantity || undefined}
        value={draft.quantity}
        onChange={(event) => onChange({ quantity: event.target.value })}
        error={errorOf("quantity")}
      />
      <TextField
        label={t("deals.products.unitPrice")}
        containerClassName="sm:col-span-3"
        inputMode="decimal"
        value={draft.unitPrice}
        placeholder={listPrice ? money(listPrice.amount, listPrice.currency) : undefined}
        onChange={(event) => onChange({ unitPrice: event.target.value })}
        error={errorOf("unitPrice")}
        hint={
          listPrice && listPrice.currency !== currency
            ? t("deals.products.otherCurrency", { currency })
            : undefined
        }
      />
      <TextField
        label={t("deals.products.discountPercent")}
        containerClassName="sm:col-span-2"
        inputMode="decimal"
        value={draft.discount}
        placeholder="0"
        onChange={(event) => onChange({ discount: event.target.value })}
        error={errorOf("discount")}
      />
      <div className="col-span-2 flex items-center justify-between gap-3 sm:col-span-12">
        <p className="text-sm text-slate-600">
          {t("deals.products.total")}:{" "}
          <span className="font-semibold text-slate-900 tabular-nums">
            {total ? money(total, currency) : t("common.none")}
          </span>
        </p>
        <Button
          variant="ghost"
          size="sm"
          onClick={onRemove}
          aria-label={t("deals.products.removeLine", { number: index + 1 })}
        >
          {t("deals.products.remove")}
        </Button>
      </div>
    </fieldset>
  );
}

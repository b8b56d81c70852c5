"use client";

import { useState } from "react";

import { DateField } from "~/components/ui/date-field";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";

import { RecordPicker, useCompanyOptions, useContactOptions } from "../shared/record-picker";
import type { TDealFormErrors, TDealFormField, TDealFormValues } from "./deal-form";

const ERROR_KEYS = {
  required: "errors.validation.required",
  amount: "deals.form.amountInvalid",
  currency: "deals.form.currencyInvalid",
  date: "deals.form.dateInvalid",
} as const;

type TDealFormFieldsProps = {
  values: TDealFormValues;
  onChange: (patch: Partial<TDealFormValues>) => void;
  errors: TDealFormErrors;
  /** The API's message for a field, when it refused one. */
  serverError?: (
    field: TDealFormField | "companyId" | "contactId" | "partnerId",
  ) => string | undefined;
  /** False when a field rule hides the amount from the reader: the field is left out. */
  showAmount: boolean;
  /** Product lines make up the amount: it is shown, not typed. */
  amountFromLines: boolean;
  showCloseDate: boolean;
};

/** The fields a deal is created and edited with; each error sits beside its field. */
export function DealFormFields({
  values,
  onChange,
  errors,
  serverError = () => undefined,
  showAmount,
  amountFromLines,
  showCloseDate,
}: TDealFormFieldsProps) {
  const t = useT();
  const [companyText, setCompanyText] = useState<string | null>(null);
  const [contactText, setContactText] = useState<string | null>(null);
  const [partnerText, setPartnerText] = useState<string | null>(null);
  const companies = useCompanyOptions(companyText);
  const contacts = useContactOptions(contactText, values.company?.id ?? null);
  const partners = useCompanyOptions(partnerText, { partnersOnly: true });
  const errorOf = (field: TDealFormField) => {
    const code = errors[field];
    return code ? t(ERROR_KEYS[code]) : serverError(field);
  };

  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <TextField
        label={t("deals.field.title")}
        containerClassName="sm:col-span-2"
        value={values.title}
        maxLength={200}
        required
        requiredLabel={t("common.required")}
        onChange={(event) => onChange({ title: event.target.value })}
        error={errorOf("title")}
      />
      {showAmount ? (
        <TextField
          label={t("deals.field.amount")}
          inputMode="decimal"
          value={values.amount}
          readOnly={amountFromLines}
          onChange={(event) => onChange({ amount: event.target.value })}
          error={errorOf("amount")}
          hint={amountFromLines ? t("deals.form.amountFromLines") : t("deals.form.amountHint")}
        />
      ) : null}
      <TextField
        label={t("deals.field.currency")}
        value={values.currency}
        maxLength={3}
        readOnly={amountFromLines}
        autoCapitalize="characters"
        onChange={(event) => onChange({ currency: event.target.value.toUpperCase() })}
        error={errorOf("currency")}
        hint={t("deals.form.currencyHint")}
        className="uppercase"
      />
      {showCloseDate ? (
        <DateField
          label={t("deals.field.expectedClose")}
          value={values.expectedCloseAt}
          onChange={(event) => onChange({ expectedCloseAt: event.target.value })}
          error={errorOf("expectedCloseAt")}
        />
      ) : null}
      <RecordPicker
        label={t("deals.field.company")}
        value={values.company}
        onChange={(company) =>
          // A contact belongs to a company: a new company drops the old one's contact.
          onChange(company?.id === values.company?.id ? { company } : { company, contact: null })
        }
        options={companies.options}
        loading={companies.loading}
        onSearch={setCompanyText}
        error={serverError("companyId")}
      />
      <RecordPicker
        label={t("deals.field.contact")}
        value={values.contact}
        onChange={(contact) => onChange({ contact })}
        options={contacts.options}
        loading={contacts.loading}
        onSearch={setContactText}
        hint={values.company ? t("deals.form.contactOfCompany") : undefined}
        error={serverError("contactId")}
      />
      <RecordPicker
        label={t("deals.field.partner")}
        value={values.partner}
        onChange={(partner) => onChange({ partner })}
        options={partners.options}
        loading={partners.loading}
        onSearch={setPartnerText}
        hint={t("deals.form.partnerHint")}
        error={serverError("partnerId")}
      />
    </div>
  );
}

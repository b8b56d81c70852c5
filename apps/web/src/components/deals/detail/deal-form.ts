import type { TRecordRef } from "../shared/record-picker";
import type { TDealDetail } from "../shared/deal-types";

// The deal form's values as typed, their checks (the API's own rules, so a mistake shows
// beside its field before anything is sent) and what a save sends.

export type TDealFormValues = {
  title: string;
  /** Empty: leave as it is (edit) or 0 (create). Absent from the form when hidden. */
  amount: string;
  currency: string;
  /** `YYYY-MM-DD` or empty. */
  expectedCloseAt: string;
  company: TRecordRef | null;
  contact: TRecordRef | null;
  partner: TRecordRef | null;
};

export type TDealFormField = "title" | "amount" | "currency" | "expectedCloseAt";
export type TDealFormErrors = Partial<
  Record<TDealFormField, "required" | "amount" | "currency" | "date">
>;

const AMOUNT = /^\d{1,12}([.,]\d{1,2})?$/;
const CURRENCY = /^[A-Z]{3}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A deal's calendar date (a date column, sent at UTC midnight) as `YYYY-MM-DD`. */
export function toDayKey(value: Date | null | undefined): string {
  return value ? value.toISOString().slice(0, 10) : "";
}

export function fromDayKey(day: string): Date | null {
  if (!DAY.test(day)) return null;
  const value = new Date(`${day}T00:00:00.000Z`);
  return Number.isNaN(value.getTime()) ? null : value;
}

/** "1 250,5" as readers type it → "1250.5", as the API reads money. */
export function normaliseAmount(amount: string): string {
  return amount.replace(/[\s\u00a0]/g, "").replace(",", ".");
}

export function formValuesOf(deal: TDealDetail): TDealFormValues {
  return {
    title: deal.title,
    amount: deal.amount ?? "",
    currency: deal.currency,
    expectedCloseAt: toDayKey(deal.expectedCloseAt),
    company: deal.company,
    contact: deal.contact,
    partner: deal.partner,
  };
}

export function validateDealForm(values: TDealFormValues): TDealFormErrors {
  const errors: TDealFormErrors = {};
  if (!values.title.trim()) errors.title = "required";
  const amount = normaliseAmount(values.amount);
  if (amount !== "" && !AMOUNT.test(amount)) errors.amount = "amount";
  if (!CURRENCY.test(values.currency.trim().toUpperCase())) errors.currency = "currency";
  if (values.expectedCloseAt !== "" && !fromDayKey(values.expectedCloseAt))
    errors.expectedCloseAt = "date";
  return errors;
}

type TDealFields = {
  title?: string;
  amount?: string;
  currency?: string;
  expectedCloseAt?: Date | null;
  companyId?: string | null;
  contactId?: string | null;
  partnerId?: string | null;
};

/**
 * Only what changed, so a save never writes back a value the reader did not touch (nor a
 * field they may not see). `amountEditable` is false when product lines make up the amount.
 */
export function changedFields(
  before: TDealFormValues,
  after: TDealFormValues,
  options: { amountEditable: boolean; closeDateShown: boolean },
): TDealFields {
  const fields: TDealFields = {};
  if (after.title.trim() !== before.title) fields.title = after.title.trim();
  const currency = after.currency.trim().toUpperCase();
  if (options.amountEditable) {
    const amount = normaliseAmount(after.amount);
    if (amount !== "" && amount !== before.amount) fields.amount = amount;
    if (currency !== before.currency) fields.currency = currency;
  }
  if (options.closeDateShown && after.expectedCloseAt !== before.expectedCloseAt)
    fields.expectedCloseAt = fromDayKey(after.expectedCloseAt);
  if (after.company?.id !== before.company?.id) fields.companyId = after.company?.id ?? null;
  if (after.contact?.id !== before.contact?.id) fields.contactId = after.contact?.id ?? null;
  if (after.partner?.id !== before.partner?.id) fields.partnerId = after.partner?.id ?? null;
  return fields;
}

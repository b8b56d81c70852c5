"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { FormDialog } from "~/components/ui/form-dialog";
import { TextField } from "~/components/ui/text-field";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../shared/action-error";
import {
  RecordPicker,
  useCompanyOptions,
  useContactOptions,
  useProductOptions,
  type TRecordRef,
} from "../shared/record-picker";

/** A new interest (lead), the reader its responsible: what was asked for, by whom, from where. */
export function InterestCreateDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const readError = useApiError();
  const [title, setTitle] = useState("");
  const [source, setSource] = useState("");
  const [company, setCompany] = useState<TRecordRef | null>(null);
  const [contact, setContact] = useState<TRecordRef | null>(null);
  const [product, setProduct] = useState<TRecordRef | null>(null);
  const [missingTitle, setMissingTitle] = useState(false);
  const [companyText, setCompanyText] = useState<string | null>(null);
  const [contactText, setContactText] = useState<string | null>(null);
  const [productText, setProductText] = useState<string | null>(null);
  const companies = useCompanyOptions(companyText);
  const contacts = useContactOptions(contactText, company?.id ?? null);
  const products = useProductOptions(productText);
  const create = useMutation(
    trpc.interests.create.mutationOptions({
      onSuccess: (interest) => {
        void queryClient.invalidateQueries(trpc.interests.pathFilter());
        toast(t("deals.interests.created", { title: interest.title }), "success");
        onClose();
      },
    }),
  );
  const shown = readError(create.error);

  function submit() {
    if (!title.trim()) {
      setMissingTitle(true);
      return;
    }
    create.mutate({
      title: title.trim(),
      ...(source.trim() ? { source: source.trim() } : {}),
      ...(company ? { companyId: company.id } : {}),
      ...(contact ? { contactId: contact.id } : {}),
      ...(product ? { productId: product.id } : {}),
    });
  }

  return (
    <FormDialog
      onClose={onClose}
      pending={create.isPending}
      title={t("deals.interests.createTitle")}
      description={t("deals.interests.createHint")}
      submitLabel={t("deals.interests.createSubmit")}
      onSubmit={submit}
    >
      <div aria-live="polite">{create.error ? <ActionError error={create.error} /> : null}</div>
      <TextField
        label={t("deals.field.title")}
        value={title}
        maxLength={200}
        required
        requiredLabel={t("common.required")}
        onChange={(event) => {
          setTitle(event.target.value);
          setMissingTitle(false);
        }}
        error={missingTitle ? t("errors.validation.required") : shown?.fieldMessage("title")}
      />
      <TextField
        label={t("deals.interests.source")}
        value={source}
        maxLength={100}
        placeholder={t("deals.interests.sourcePlaceholder")}
        onChange={(event) => setSource(event.target.value)}
        error={shown?.fieldMessage("source")}
      />
      <RecordPicker
        label={t("deals.field.company")}
        value={company}
        onChange={(next) => {
          setCompany(next);
          if (next?.id !== company?.id) setContact(null);
        }}
        options={companies.options}
        loading={companies.loading}
        onSearch={setCompanyText}
        error={shown?.fieldMessage("companyId")}
      />
      <RecordPicker
        label={t("deals.field.contact")}
        value={contact}
        onChange={setContact}
        options={contacts.options}
        loading={contacts.loading}
        onSearch={setContactText}
        error={shown?.fieldMessage("contactId")}
      />
      <RecordPicker
        label={t("deals.interests.product")}
        value={product}
        onChange={setProduct}
        options={products.options}
        loading={products.loading}
        onSearch={setProductText}
        error={shown?.fieldMessage("productId")}
      />
    </FormDialog>
  );
}

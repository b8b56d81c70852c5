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
import type { TContactCard } from "./card-types";
import { refreshContactLists } from "./clients-cache";
import { ContactCompanyField } from "./contact-company-field";
import { CONTACT_FIELDS } from "./contact-fields";
import { CustomSectionsForm } from "./custom-sections-form";
import { hasChanges, isEmpty, useCardForm } from "./use-card-form";

type TContactEditFormProps = {
  contact: TContactCard;
  onDone: () => void;
  onReload: () => Promise<unknown>;
  reloaded: boolean;
};

/** Edits a contact at the version it was read; a stale version is refused and offered again. */
export function ContactEditForm({ contact, onDone, onReload, reloaded }: TContactEditFormProps) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const describe = useApiError();
  const form = useCardForm({
    record: contact,
    fields: CONTACT_FIELDS,
    sections: contact.customSections,
  });
  const [companyId, setCompanyId] = useState(contact.companyId);
  const [unchanged, setUnchanged] = useState(false);

  const save = useMutation(
    trpc.contacts.update.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.contacts.get.queryKey({ id: saved.id }), saved);
        toast(t("clients.card.saved"), "success");
        onDone();
        await refreshContactLists(queryClient, trpc);
      },
    }),
  );
  const error = describe(save.error);

  function handleSubmit() {
    const changes = form.collect();
    if (!changes) return;
    const fields = {
      ...changes.fields,
      ...(companyId !== contact.companyId ? { companyId } : {}),
    };
    const changed = hasChanges({ fields, customValues: changes.customValues });
    setUnchanged(!changed);
    if (!changed) return;
    save.mutate({
      id: contact.id,
      version: contact.version,
      // Keys follow the API's own fields; the API checks every value again.
      fields: isEmpty(fields) ? undefined : fields,
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
        <div className="space-y-4">
          <BuiltInInputs
            fields={CONTACT_FIELDS}
            values={form.builtIns}
            onChange={form.setBuiltIn}
            errorOf={(key) => form.builtInError(key, error?.fieldMessage(key))}
            disabled={save.isPending}
          />
          <ContactCompanyField
            companyId={companyId}
            onChange={setCompanyId}
            disabled={save.isPending}
          />
        </div>
      </Panel>
      <CustomSectionsForm
        sections={contact.customSections}
        values={form.custom}
        onChange={form.setCustomValue}
        errorOf={form.customError}
        disabled={save.isPending}
      />
    </CardFormFrame>
  );
}

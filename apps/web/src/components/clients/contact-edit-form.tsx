"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { CardEditForm } from "./card-edit-form";
import type { TContactCard } from "./card-types";
import type { TCardEditing } from "./client-card";
import { refreshContactLists } from "./clients-cache";
import { ContactCompanyField } from "./contact-company-field";
import { CONTACT_FIELDS } from "./contact-fields";

/** Edits a contact, their company included, at the version read; a stale one is offered again. */
export function ContactEditForm({ contact, ...editing }: TCardEditing & { contact: TContactCard }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  // A company the reader may not see answers null: unchanged, it is not sent, so it stays.
  const [company, setCompany] = useState(contact.company);

  const save = useMutation(
    trpc.contacts.update.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.contacts.get.queryKey({ id: saved.id }), saved);
        toast(t("clients.card.saved"), "success");
        editing.onDone();
        await refreshContactLists(queryClient, trpc);
      },
    }),
  );

  return (
    <CardEditForm
      record={contact}
      fields={CONTACT_FIELDS}
      save={save}
      onSave={(changes) => save.mutate({ id: contact.id, version: contact.version, ...changes })}
      extraChanges={company?.id !== contact.company?.id ? { companyId: company?.id ?? null } : {}}
      extraInputs={
        <ContactCompanyField company={company} onChange={setCompany} disabled={save.isPending} />
      }
      {...editing}
    />
  );
}

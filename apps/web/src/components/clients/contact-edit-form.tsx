"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useFieldAccess } from "~/lib/use-field-access";
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
  const access = useFieldAccess("contact");
  // A company the reader may not see answers null: unchanged, it is not sent, so it stays.
  // A link a role's rule hides is not answered at all, and the form leaves it out.
  const [company, setCompany] = useState(contact.company ?? null);
  const companyShown = contact.company !== undefined;

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
      readOnly={access.readOnly}
      save={save}
      onSave={(changes) => save.mutate({ id: contact.id, version: contact.version, ...changes })}
      extraChanges={
        companyShown && company?.id !== contact.company?.id
          ? { companyId: company?.id ?? null }
          : {}
      }
      extraInputs={
        companyShown ? (
          <ContactCompanyField
            company={company}
            onChange={setCompany}
            disabled={save.isPending}
            readOnly={access.readOnly.includes("companyId")}
          />
        ) : null
      }
      {...editing}
    />
  );
}

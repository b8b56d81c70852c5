"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";

import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useFieldAccess } from "~/lib/use-field-access";
import { useTRPC } from "~/trpc/react";

import { CardEditForm } from "./card-edit-form";
import type { TCompanyCard } from "./card-types";
import type { TCardEditing } from "./client-card";
import { refreshCompanyLists } from "./clients-cache";
import { COMPANY_FIELDS } from "./company-fields";

/** Edits a company at the version it was read; a stale version is refused and offered again. */
export function CompanyEditForm({ company, ...editing }: TCardEditing & { company: TCompanyCard }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const access = useFieldAccess("company");

  const save = useMutation(
    trpc.companies.update.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.companies.get.queryKey({ id: saved.id }), saved);
        toast(t("clients.card.saved"), "success");
        editing.onDone();
        await refreshCompanyLists(queryClient, trpc);
      },
    }),
  );

  return (
    <CardEditForm
      record={company}
      fields={COMPANY_FIELDS}
      readOnly={access.readOnly}
      save={save}
      onSave={(changes) => save.mutate({ id: company.id, version: company.version, ...changes })}
      {...editing}
    />
  );
}

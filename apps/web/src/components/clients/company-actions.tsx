"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import type { TCardActions } from "./client-card";
import type { TCompanyCard } from "./card-types";
import { refreshCompanyLists, refreshContactLists } from "./clients-cache";
import { RecordActions, useRecordDialog } from "./record-actions";

/** What the reader may do with the company: edit it, hand it over, delete it. */
export function CompanyActions({
  company,
  canEdit,
  onEdit,
}: TCardActions & { company: TCompanyCard }) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const dialog = useRecordDialog();
  const [, setDialog] = dialog;

  const assign = useMutation(
    trpc.companies.assign.mutationOptions({
      onSuccess: async (_saved, variables) => {
        setDialog(null);
        await queryClient.invalidateQueries({
          queryKey: trpc.companies.get.queryKey({ id: variables.id }),
        });
        await refreshCompanyLists(queryClient, trpc);
      },
    }),
  );

  const remove = useMutation(
    trpc.companies.delete.mutationOptions({
      onSuccess: async () => {
        toast(t("clients.companyDelete.done", { name: company.name }), "success");
        // The card's own query is left alone: dropping it now would refetch a deleted company.
        router.push("/clients");
        await refreshCompanyLists(queryClient, trpc);
        await refreshContactLists(queryClient, trpc);
      },
    }),
  );

  return (
    <RecordActions
      record={company}
      name={company.name}
      canEdit={canEdit}
      onEdit={onEdit}
      dialog={dialog}
      assign={assign}
      remove={remove}
      deleteText={{
        open: t("clients.companyDelete.open"),
        title: t("clients.companyDelete.title", { name: company.name }),
        body: t("clients.companyDelete.body"),
      }}
    />
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

import { AssignDialog, useCanPickEmployees } from "./assign-dialog";
import type { TCompanyCard } from "./card-types";
import { refreshCompanyLists, refreshContactLists } from "./clients-cache";

type TCompanyActionsProps = {
  company: TCompanyCard;
  /** False when the card says the reader may not edit it; null when the card cannot tell. */
  canEdit: boolean | null;
  onEdit: () => void;
};

/**
 * What the reader may do with the company. The API decides every action; what the card can
 * tell (editable sections) hides what is surely refused, and a refusal is explained in place.
 */
export function CompanyActions({ company, canEdit, onEdit }: TCompanyActionsProps) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const describe = useApiError();
  const canPickEmployees = useCanPickEmployees();
  const [dialog, setDialog] = useState<"assign" | "delete" | null>(null);

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

  if (canEdit === false) return null;

  return (
    <>
      <Button onClick={onEdit}>{t("common.edit")}</Button>
      {canPickEmployees ? (
        <Button variant="secondary" onClick={() => setDialog("assign")}>
          {t("clients.assign.open")}
        </Button>
      ) : null}
      <Button variant="secondary" onClick={() => setDialog("delete")}>
        {t("clients.companyDelete.open")}
      </Button>

      {dialog === "assign" ? (
        <AssignDialog
          open
          onClose={() => {
            assign.reset();
            setDialog(null);
          }}
          recordName={company.name}
          currentResponsibleId={company.responsible.id}
          pending={assign.isPending}
          error={describe(assign.error)}
          onAssign={(employee) =>
            assign.mutate(
              { id: company.id, version: company.version, responsibleId: employee.id },
              {
                onSuccess: () =>
                  toast(t("clients.assign.done", { name: employee.name }), "success"),
              },
            )
          }
        />
      ) : null}

      <ConfirmDialog
        open={dialog === "delete"}
        onCancel={() => {
          remove.reset();
          setDialog(null);
        }}
        onConfirm={() => remove.mutate({ id: company.id, version: company.version })}
        title={t("clients.companyDelete.title", { name: company.name })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={describe(remove.error)?.message}
      >
        <p>{t("clients.companyDelete.body")}</p>
      </ConfirmDialog>
    </>
  );
}

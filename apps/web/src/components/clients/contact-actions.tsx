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
import type { TContactCard } from "./card-types";
import { refreshContactLists } from "./clients-cache";
import { contactName } from "./contact-name";

type TContactActionsProps = {
  contact: TContactCard;
  canEdit: boolean | null;
  onEdit: () => void;
};

/** Edit, hand over and delete a contact; deleting takes their notes and reminders (SPEC F4). */
export function ContactActions({ contact, canEdit, onEdit }: TContactActionsProps) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const describe = useApiError();
  const canPickEmployees = useCanPickEmployees();
  const [dialog, setDialog] = useState<"assign" | "delete" | null>(null);
  const name = contactName(contact);

  const assign = useMutation(
    trpc.contacts.assign.mutationOptions({
      onSuccess: async () => {
        setDialog(null);
        await queryClient.invalidateQueries({
          queryKey: trpc.contacts.get.queryKey({ id: contact.id }),
        });
        await refreshContactLists(queryClient, trpc);
      },
    }),
  );

  const remove = useMutation(
    trpc.contacts.delete.mutationOptions({
      onSuccess: async (result) => {
        toast(
          t("clients.contactDelete.done", {
            name,
            notes: result.deletedNotes,
            reminders: result.deletedReminders,
          }),
          "success",
        );
        router.push(
          contact.companyId ? `/clients/companies/${contact.companyId}` : "/clients?tab=contacts",
        );
        await refreshContactLists(queryClient, trpc);
        await queryClient.invalidateQueries(trpc.activities.timeline.pathFilter());
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
        {t("clients.contactDelete.open")}
      </Button>

      {dialog === "assign" ? (
        <AssignDialog
          open
          onClose={() => {
            assign.reset();
            setDialog(null);
          }}
          recordName={name}
          currentResponsibleId={contact.responsible.id}
          pending={assign.isPending}
          error={describe(assign.error)}
          onAssign={(employee) =>
            assign.mutate(
              { id: contact.id, version: contact.version, responsibleId: employee.id },
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
        onConfirm={() => remove.mutate({ id: contact.id, version: contact.version })}
        title={t("clients.contactDelete.title", { name })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={describe(remove.error)?.message}
      >
        <p>{t("clients.contactDelete.body")}</p>
      </ConfirmDialog>
    </>
  );
}

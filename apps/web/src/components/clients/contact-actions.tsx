"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import type { TCardActions } from "./client-card";
import type { TContactCard } from "./card-types";
import { refreshContactLists } from "./clients-cache";
import { contactName } from "./contact-name";
import { RecordActions, useRecordDialog } from "./record-actions";

/** Edit, hand over and delete a contact; deleting takes their notes and reminders (SPEC F4). */
export function ContactActions({
  contact,
  canEdit,
  onEdit,
}: TCardActions & { contact: TContactCard }) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const dialog = useRecordDialog();
  const [, setDialog] = dialog;
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
          contact.company ? `/clients/companies/${contact.company.id}` : "/clients?tab=contacts",
        );
        await refreshContactLists(queryClient, trpc);
        await queryClient.invalidateQueries(trpc.activities.timeline.pathFilter());
      },
    }),
  );

  return (
    <RecordActions
      record={contact}
      name={name}
      canEdit={canEdit}
      onEdit={onEdit}
      dialog={dialog}
      assign={assign}
      remove={remove}
      deleteText={{
        open: t("clients.contactDelete.open"),
        title: t("clients.contactDelete.title", { name }),
        body: t("clients.contactDelete.body"),
      }}
    />
  );
}

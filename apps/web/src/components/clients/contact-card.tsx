"use client";

import { useQuery } from "@tanstack/react-query";

import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActivityTimeline } from "./activity-timeline";
import { ClientWorkPanels } from "./client-work-panels";
import { ClientCard } from "./client-card";
import { ContactActions } from "./contact-actions";
import { ContactDetails } from "./contact-details";
import { ContactEditForm } from "./contact-edit-form";
import { contactName } from "./contact-name";

/** The client card of a contact (SPEC F2): their fields, company and custom sections. */
export function ContactCard({ id }: { id: string }) {
  const t = useT();
  const trpc = useTRPC();
  const contact = useQuery({
    ...trpc.contacts.get.queryOptions({ id }),
  });

  return (
    <ClientCard
      query={contact}
      parts={(data) => ({
        parent: { href: "/clients?tab=contacts", label: t("clients.title") },
        title: contactName(data),
        subtitle: data.position ?? undefined,
        actions: (actions) => <ContactActions contact={data} {...actions} />,
        editForm: (editing) => <ContactEditForm contact={data} {...editing} />,
        details: <ContactDetails contact={data} />,
        related: <ActivityTimeline of={{ contactId: data.id }} />,
        aside: <ClientWorkPanels of={{ contactId: data.id }} name={contactName(data)} />,
      })}
    />
  );
}

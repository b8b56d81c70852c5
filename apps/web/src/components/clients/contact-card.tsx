"use client";

import { useQuery } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { useState } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { isNotFoundError } from "~/lib/api-error";
import { useTRPC } from "~/trpc/react";

import { ActivityTimeline } from "./activity-timeline";
import { ClientWorkPanels } from "./client-work-panels";
import { readCanEdit } from "./card-permissions";
import { ContactActions } from "./contact-actions";
import { ContactDetails } from "./contact-details";
import { ContactEditForm } from "./contact-edit-form";
import { contactName } from "./contact-name";
import { CustomSectionsView } from "./custom-sections-view";
import { RecordHeader } from "./record-header";
import { RecordMeta } from "./record-meta";

/** The client card of a contact (SPEC F2): their fields, company and custom sections. */
export function ContactCard({ id }: { id: string }) {
  const t = useT();
  const trpc = useTRPC();
  const contact = useQuery({
    ...trpc.contacts.get.queryOptions({ id }),
  });
  const [editing, setEditing] = useState(false);
  const [reloaded, setReloaded] = useState(false);

  // Deleted meanwhile, or out of the reader's reach since: the same 404 as a wrong id (D7).
  if (contact.error && isNotFoundError(contact.error)) notFound();
  if (contact.isPending) return <LoadingBlock label={t("common.loading")} lines={8} />;
  if (contact.isError)
    return (
      <Alert
        tone="error"
        actions={
          <Button variant="secondary" size="sm" onClick={() => void contact.refetch()}>
            {t("common.retry")}
          </Button>
        }
      >
        {t("common.loadFailed")}
      </Alert>
    );

  const data = contact.data;
  const canEdit = readCanEdit(data.customSections);

  return (
    <article className="space-y-6">
      <RecordHeader
        breadcrumbLabel={t("clients.card.breadcrumb")}
        parent={{ href: "/clients?tab=contacts", label: t("clients.title") }}
        title={contactName(data)}
        subtitle={data.position ?? undefined}
        actions={
          editing ? null : (
            <ContactActions
              contact={data}
              canEdit={canEdit}
              onEdit={() => {
                setReloaded(false);
                setEditing(true);
              }}
            />
          )
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {editing ? (
            <ContactEditForm
              key={data.version}
              contact={data}
              reloaded={reloaded}
              onDone={() => setEditing(false)}
              onReload={async () => {
                await contact.refetch();
                setReloaded(true);
              }}
            />
          ) : (
            <>
              <ContactDetails contact={data} />
              <CustomSectionsView sections={data.customSections} markReadOnly={canEdit === true} />
            </>
          )}
          <ActivityTimeline of={{ contactId: data.id }} />
        </div>
        <aside className="space-y-6">
          <RecordMeta
            responsible={data.responsible}
            createdAt={data.createdAt}
            updatedAt={data.updatedAt}
          />
          <ClientWorkPanels of={{ contactId: data.id }} name={contactName(data)} />
        </aside>
      </div>
    </article>
  );
}

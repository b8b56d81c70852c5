"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { Fragment, useState, type ReactNode } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { LoadingBlock } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { isNotFoundError } from "~/lib/api-error";

import { readCanEdit } from "./card-permissions";
import type { TCompanyCard, TContactCard } from "./card-types";
import { CustomSectionsView } from "./custom-sections-view";
import { RecordHeader } from "./record-header";
import { RecordMeta } from "./record-meta";

/** What the card's actions are given: whether the record looks editable, and Edit. */
export type TCardActions = { canEdit: boolean | null; onEdit: () => void };

/** What the card's edit form is given: leaving it, and reading the record again. */
export type TCardEditing = {
  onDone: () => void;
  onReload: () => Promise<unknown>;
  /** The form was just reloaded after a conflict: say so, once. */
  reloaded: boolean;
};

type TCardParts = {
  /** Where the record's list is, e.g. the clients page on the contacts tab. */
  parent: { href: string; label: string };
  title: string;
  badges?: ReactNode;
  subtitle?: string;
  actions: (actions: TCardActions) => ReactNode;
  editForm: (editing: TCardEditing) => ReactNode;
  /** The record's own fields, read-only; its custom sections follow. */
  details: ReactNode;
  /** What follows the fields, being edited or not: linked records, the timeline. */
  related: ReactNode;
  /** Beside the card, under who looks after it: the work on the record. */
  aside?: ReactNode;
};

type TClientCardProps<Data extends TCompanyCard | TContactCard> = {
  query: UseQueryResult<Data, unknown>;
  parts: (data: Data) => TCardParts;
};

/**
 * The client card of a company or a contact (SPEC F2): its header and actions, its fields or
 * their edit form, custom sections, related records, and who looks after it. The edit form is
 * keyed by the version read, so a reload after a conflict starts again from the latest values.
 */
export function ClientCard<Data extends TCompanyCard | TContactCard>({
  query,
  parts,
}: TClientCardProps<Data>) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [reloaded, setReloaded] = useState(false);

  // Deleted meanwhile, or out of the reader's reach since: the same 404 as a wrong id (D7).
  if (query.error && isNotFoundError(query.error)) notFound();
  if (query.isPending) return <LoadingBlock label={t("common.loading")} lines={8} />;
  if (query.isError)
    return (
      <Alert
        tone="error"
        actions={
          <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
            {t("common.retry")}
          </Button>
        }
      >
        {t("common.loadFailed")}
      </Alert>
    );

  const data = query.data;
  const canEdit = readCanEdit(data.customSections);
  const card = parts(data);

  return (
    <article className="space-y-6">
      <RecordHeader
        breadcrumbLabel={t("clients.card.breadcrumb")}
        parent={card.parent}
        title={card.title}
        badges={card.badges}
        subtitle={card.subtitle}
        actions={
          editing
            ? null
            : card.actions({
                canEdit,
                onEdit: () => {
                  setReloaded(false);
                  setEditing(true);
                },
              })
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {editing ? (
            <Fragment key={data.version}>
              {card.editForm({
                reloaded,
                onDone: () => setEditing(false),
                onReload: async () => {
                  await query.refetch();
                  setReloaded(true);
                },
              })}
            </Fragment>
          ) : (
            <>
              {card.details}
              <CustomSectionsView sections={data.customSections} markReadOnly={canEdit === true} />
            </>
          )}
          {card.related}
        </div>
        <aside className="space-y-6">
          <RecordMeta
            responsible={data.responsible}
            createdAt={data.createdAt}
            updatedAt={data.updatedAt}
          />
          {card.aside}
        </aside>
      </div>
    </article>
  );
}

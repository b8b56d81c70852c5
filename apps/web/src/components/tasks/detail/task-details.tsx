"use client";

import Link from "next/link";

import { DescriptionList, type TDescriptionItem } from "~/components/ui/description-list";
import { Panel } from "~/components/ui/panel";
import { useT } from "~/i18n/i18n-provider";

import { DueAt } from "../shared/due-at";
import { TaskTime } from "../shared/task-time";
import type { TTask } from "../shared/task-types";

/** What the task is: its description, when it is due, who does it and what it hangs on. */
export function TaskDetails({ task, now }: { task: TTask; now: Date }) {
  const t = useT();
  const items: TDescriptionItem[] = [
    { key: "due", label: t("tasks.field.due"), value: <DueAt task={task} now={now} /> },
    {
      key: "assignee",
      label: t("tasks.field.assignee"),
      value: task.assignee?.name ?? t("tasks.assignee.nobody"),
    },
    { key: "setBy", label: t("tasks.column.setBy"), value: task.responsible.name },
    {
      key: "completed",
      label: t("tasks.detail.completedAt"),
      value: task.completedAt ? <TaskTime value={task.completedAt} /> : t("common.none"),
    },
    {
      key: "created",
      label: t("tasks.detail.createdAt"),
      value: <TaskTime value={task.createdAt} />,
    },
    {
      key: "updated",
      label: t("tasks.detail.updatedAt"),
      value: <TaskTime value={task.updatedAt} />,
    },
  ];
  // The API names a link only where the reader may see the linked record; one they may not
  // see is null and simply not listed.
  const links = [
    task.company
      ? {
          href: `/clients/companies/${task.company.id}`,
          label: t("tasks.detail.linkCompany"),
          name: task.company.name,
        }
      : null,
    task.contact
      ? {
          href: `/clients/contacts/${task.contact.id}`,
          label: t("tasks.detail.linkContact"),
          name: task.contact.name,
        }
      : null,
    task.deal
      ? { href: `/deals/${task.deal.id}`, label: t("tasks.detail.linkDeal"), name: task.deal.name }
      : null,
  ].filter((link) => link !== null);

  return (
    <Panel title={t("tasks.detail.details")}>
      <div className="space-y-5">
        <div>
          <h3 className="text-xs font-medium tracking-wide text-slate-500 uppercase">
            {t("tasks.field.description")}
          </h3>
          <p className="mt-1 text-sm whitespace-pre-line text-slate-900">
            {task.description ?? (
              <span className="text-slate-500">{t("tasks.detail.noDescription")}</span>
            )}
          </p>
        </div>
        <DescriptionList items={items} />
        {links.length > 0 ? (
          <div>
            <h3 className="text-xs font-medium tracking-wide text-slate-500 uppercase">
              {t("tasks.detail.linkedTo")}
            </h3>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {links.map((link) => (
                <li key={link.href} className="text-slate-700">
                  {link.label}:{" "}
                  <Link href={link.href} className="font-medium text-indigo-700 hover:underline">
                    {link.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </Panel>
  );
}

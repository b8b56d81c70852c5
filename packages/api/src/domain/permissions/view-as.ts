import type { RecordResource, Subject } from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { buildReach } from "../access/find-visible-or-throw";
import { escapeLike } from "../search/escape-like";
import { loadProjectEmployee } from "./load-project-employee";

export const VIEW_AS_LISTS = ["companies", "contacts", "deals", "tasks"] as const;
export type TViewAsList = (typeof VIEW_AS_LISTS)[number];

export type TViewAsRow = { id: string; label: string; detail: string | null; responsible: string };
export type TViewAsPage = { total: number; items: TViewAsRow[] };

type TViewAsInput = {
  employeeId: string;
  list: TViewAsList;
  search?: string | undefined;
  limit: number;
};

/** One list's query: `reach` is already both people's reach and the project. */
type TListReader = {
  resource: RecordResource;
  read: (
    db: PrismaClient,
    reach: object[],
    text: string | null,
    take: number,
  ) => Promise<TViewAsPage>;
};

const RESPONSIBLE = { responsible: { select: { name: true } } } as const;
const NEWEST_FIRST = [{ updatedAt: "desc" as const }, { id: "desc" as const }];
const contains = (text: string) => ({ contains: text, mode: "insensitive" as const });

// Only columns no field rule can hide (names, titles, stages, statuses: see
// LIMITABLE_FIELDS), so the list shows nothing the employee would not see.
const READERS: Record<TViewAsList, TListReader> = {
  companies: {
    resource: "company",
    read: async (db, reach, text, take) => {
      const where = { AND: [...reach, text ? { name: contains(text) } : {}] };
      const [total, rows] = await Promise.all([
        db.company.count({ where }),
        db.company.findMany({
          where,
          orderBy: NEWEST_FIRST,
          take,
          select: { id: true, name: true, ...RESPONSIBLE },
        }),
      ]);
      const items = rows.map((row) => ({
        id: row.id,
        label: row.name,
        detail: null,
        responsible: row.responsible.name,
      }));
      return { total, items };
    },
  },
  contacts: {
    resource: "contact",
    read: async (db, reach, text, take) => {
      const named = text
        ? { OR: [{ firstName: contains(text) }, { lastName: contains(text) }] }
        : {};
      const where = { AND: [...reach, named] };
      const [total, rows] = await Promise.all([
        db.contact.count({ where }),
        db.contact.findMany({
          where,
          orderBy: NEWEST_FIRST,
          take,
          select: { id: true, firstName: true, lastName: true, ...RESPONSIBLE },
        }),
      ]);
      const items = rows.map((row) => ({
        id: row.id,
        label: `${row.firstName} ${row.lastName}`.trim(),
        detail: null,
        responsible: row.responsible.name,
      }));
      return { total, items };
    },
  },
  deals: {
    resource: "deal",
    read: async (db, reach, text, take) => {
      const where = { AND: [...reach, text ? { title: contains(text) } : {}] };
      const [total, rows] = await Promise.all([
        db.deal.count({ where }),
        db.deal.findMany({
          where,
          orderBy: NEWEST_FIRST,
          take,
          select: { id: true, title: true, stage: { select: { name: true } }, ...RESPONSIBLE },
        }),
      ]);
      const items = rows.map((row) => ({
        id: row.id,
        label: row.title,
        detail: row.stage.name,
        responsible: row.responsible.name,
      }));
      return { total, items };
    },
  },
  tasks: {
    resource: "task",
    read: async (db, reach, text, take) => {
      const where = { AND: [...reach, text ? { title: contains(text) } : {}] };
      const [total, rows] = await Promise.all([
        db.task.count({ where }),
        db.task.findMany({
          where,
          orderBy: NEWEST_FIRST,
          take,
          select: { id: true, title: true, status: true, ...RESPONSIBLE },
        }),
      ]);
      const items = rows.map((row) => ({
        id: row.id,
        label: row.title,
        detail: row.status,
        responsible: row.responsible.name,
      }));
      return { total, items };
    },
  },
};

function bothReaches(scope: TProjectScope, target: Subject, resource: RecordResource): object[] {
  return [
    { projectId: scope.project.id },
    buildReach(target, resource, "view"),
    scope.reach(resource, "view"),
  ];
}

/**
 * A list as another employee would see it (D10 "view as"): their view reach, and the
 * caller's too, so that looking through someone's eyes never shows the caller a record they
 * may not see themselves (a Director viewing as an Admin sees the Director's part of the
 * Admin's list). Newest change first, as the lists themselves show it.
 */
export async function viewListAs(scope: TProjectScope, input: TViewAsInput): Promise<TViewAsPage> {
  const target = await loadProjectEmployee(scope, input.employeeId);
  const reader = READERS[input.list];
  const text = input.search ? escapeLike(input.search) : null;
  return reader.read(scope.db, bothReaches(scope, target, reader.resource), text, input.limit);
}

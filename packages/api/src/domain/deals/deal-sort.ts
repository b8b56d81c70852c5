import type { Subject } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import { fieldAccessOf } from "../fields/built-in-fields";
import type { TKeyColumn, TKeyValue, TSortDirection } from "../pagination/sorted-keyset";
import { DEAL_SELECT } from "./deal-select";

// The orders the deals list offers, one per column of the web list that the database can
// order by a stable keyset. The company is not among them: a deal's company is named only to
// a reader who may view that company, and ordering by the names of companies the reader may
// not see would tell them those names' order.

export const DEAL_SORT_KEYS = [
  "title",
  "stage",
  "amount",
  "responsible",
  "expectedCloseAt",
  "updatedAt",
] as const;

export type TDealSortKey = (typeof DEAL_SORT_KEYS)[number];
export type TDealSort = { by: TDealSortKey; direction: TSortDirection };

/** The order of a list without `sort` (and of the board's columns): newest change first. */
export const DEFAULT_DEAL_SORT: TDealSort = { by: "updatedAt", direction: "desc" };

/** What a list row needs to be presented and to name its place in every order. */
export const DEAL_SORT_SELECT = {
  ...DEAL_SELECT,
  stage: { select: { ...DEAL_SELECT.stage.select, position: true } },
} as const satisfies Prisma.DealSelect;

export type TDealSortRow = Prisma.DealGetPayload<{ select: typeof DEAL_SORT_SELECT }>;

type TComparison = "lt" | "gt" | "equals";

/** One column of a deal order: its filter and order in Prisma, its value on a row. */
export type TDealColumn = TKeyColumn<Prisma.DealWhereInput> & {
  orderBy: (direction: TSortDirection) => Prisma.DealOrderByWithRelationInput;
  read: (row: TDealSortRow) => TKeyValue;
  /** Whether a cursor's value can be this column's (a cursor comes back from the client). */
  accepts: (value: TKeyValue) => boolean;
};

function compare<T>(comparison: TComparison, value: T) {
  if (comparison === "lt") return { lt: value };
  if (comparison === "gt") return { gt: value };
  return { equals: value };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MONEY = /^-?\d{1,12}\.\d{2}$/;

const isUuid = (value: TKeyValue) => typeof value === "string" && UUID.test(value);
const isInstant = (value: TKeyValue) =>
  typeof value === "string" && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
const isText = (value: TKeyValue) => typeof value === "string";

const ID: TDealColumn = {
  nullable: false,
  where: (comparison, value) => ({ id: compare(comparison, String(value)) }),
  orderBy: (direction) => ({ id: direction }),
  read: (row) => row.id,
  accepts: isUuid,
};

const COLUMNS: Record<TDealSortKey, TDealColumn[]> = {
  title: [
    {
      nullable: false,
      where: (comparison, value) => ({ title: compare(comparison, String(value)) }),
      orderBy: (direction) => ({ title: direction }),
      read: (row) => row.title,
      accepts: isText,
    },
  ],
  // The stages in the pipeline's order (the board's columns), each stage's deals together.
  stage: [
    {
      nullable: false,
      where: (comparison, value) => ({ stage: { position: compare(comparison, Number(value)) } }),
      orderBy: (direction) => ({ stage: { position: direction } }),
      read: (row) => row.stage.position,
      accepts: (value) => Number.isSafeInteger(value),
    },
    {
      nullable: false,
      where: (comparison, value) => ({ stageId: compare(comparison, String(value)) }),
      orderBy: (direction) => ({ stageId: direction }),
      read: (row) => row.stage.id,
      accepts: isUuid,
    },
  ],
  amount: [
    {
      nullable: false,
      where: (comparison, value) => ({ amount: compare(comparison, String(value)) }),
      orderBy: (direction) => ({ amount: direction }),
      read: (row) => row.amount.toFixed(2),
      accepts: (value) => typeof value === "string" && MONEY.test(value),
    },
  ],
  // By the responsible's name, each person's deals together (two people may share a name).
  responsible: [
    {
      nullable: false,
      where: (comparison, value) => ({
        responsible: { name: compare(comparison, String(value)) },
      }),
      orderBy: (direction) => ({ responsible: { name: direction } }),
      read: (row) => row.responsible.name,
      accepts: isText,
    },
    {
      nullable: false,
      where: (comparison, value) => ({ responsibleId: compare(comparison, String(value)) }),
      orderBy: (direction) => ({ responsibleId: direction }),
      read: (row) => row.responsible.id,
      accepts: isUuid,
    },
  ],
  expectedCloseAt: [
    {
      nullable: true,
      where: (comparison, value) => ({
        expectedCloseAt: value === null ? null : compare(comparison, new Date(String(value))),
      }),
      orderBy: (direction) => ({ expectedCloseAt: { sort: direction, nulls: "last" } }),
      read: (row) => row.expectedCloseAt?.toISOString() ?? null,
      accepts: (value) => value === null || isInstant(value),
    },
  ],
  updatedAt: [
    {
      nullable: false,
      where: (comparison, value) => ({
        updatedAt: compare(comparison, new Date(String(value))),
      }),
      orderBy: (direction) => ({ updatedAt: direction }),
      read: (row) => row.updatedAt.toISOString(),
      accepts: isInstant,
    },
  ],
};

/** The columns of an order, the deal's id last: it makes every row's place unique. */
export function dealSortColumns(by: TDealSortKey): readonly TDealColumn[] {
  return [...COLUMNS[by], ID];
}

/** `amount.desc`: how a cursor names the order it was made for. */
export function dealSortTag(sort: TDealSort): string {
  return `${sort.by}.${sort.direction}`;
}

/** The field rule each order would reveal; the others show nothing a field rule hides. */
const REVEALS: Partial<Record<TDealSortKey, "amount" | "expectedCloseAt">> = {
  amount: "amount",
  expectedCloseAt: "expectedCloseAt",
};

/** Whether this subject may order deals this way: not by a field hidden from them. */
export function maySortDealsBy(subject: Subject, by: TDealSortKey): boolean {
  const field = REVEALS[by];
  return !field || fieldAccessOf(subject, "deal")[field] !== "hidden";
}

/**
 * An order by a field hidden from the subject is refused: the rows' order would tell them
 * how the hidden values compare, which is what hiding the field keeps from them.
 */
export function assertDealSortAllowed(subject: Subject, sort: TDealSort): void {
  if (maySortDealsBy(subject, sort.by)) return;
  throw new AppError(
    "FORBIDDEN",
    { key: "deals.sortHidden", params: { column: sort.by } },
    { rule: "field-access" },
  );
}

import { productReach } from "../products/product-access";
import type { TDbClient, TProjectScope } from "./project-scope";

/** A linked record the caller may view, by name; `null` when absent or outside their reach. */
export type TLink = { id: string; name: string } | null;

/** The kinds of record another record may link to. */
export type TLinkKind = "company" | "contact" | "object" | "deal" | "interest" | "task" | "product";

/** The ids a page of records links to, per kind; a null is no link. */
export type TLinkIds = Partial<Record<TLinkKind, readonly (string | null)[]>>;

export type TVisibleLinks = Record<TLinkKind, (id: string | null) => TLink>;

type TLinkScope = Pick<TProjectScope, "reach" | "subject">;
type TNamed = { id: string; name: string };

/** Each kind's names, read with the caller's view reach in the query itself. */
const NAMERS: Record<
  TLinkKind,
  (db: TDbClient, scope: TLinkScope, ids: string[]) => Promise<TNamed[]>
> = {
  company: (db, scope, ids) =>
    db.company.findMany({
      where: { AND: [{ id: { in: ids } }, scope.reach("company", "view")] },
      select: { id: true, name: true },
    }),
  contact: async (db, scope, ids) => {
    const rows = await db.contact.findMany({
      where: { AND: [{ id: { in: ids } }, scope.reach("contact", "view")] },
      select: { id: true, firstName: true, lastName: true },
    });
    return rows.map((row) => ({ id: row.id, name: `${row.firstName} ${row.lastName}`.trim() }));
  },
  object: (db, scope, ids) =>
    db.crmObject.findMany({
      where: { AND: [{ id: { in: ids } }, scope.reach("object", "view")] },
      select: { id: true, name: true },
    }),
  deal: async (db, scope, ids) => {
    const rows = await db.deal.findMany({
      where: { AND: [{ id: { in: ids } }, scope.reach("deal", "view")] },
      select: { id: true, title: true },
    });
    return rows.map((row) => ({ id: row.id, name: row.title }));
  },
  interest: async (db, scope, ids) => {
    const rows = await db.interest.findMany({
      where: { AND: [{ id: { in: ids } }, scope.reach("interest", "view")] },
      select: { id: true, title: true },
    });
    return rows.map((row) => ({ id: row.id, name: row.title }));
  },
  task: async (db, scope, ids) => {
    const rows = await db.task.findMany({
      where: { AND: [{ id: { in: ids } }, scope.reach("task", "view")] },
      select: { id: true, title: true },
    });
    return rows.map((row) => ({ id: row.id, name: row.title }));
  },
  product: (db, scope, ids) =>
    db.product.findMany({
      where: { AND: [{ id: { in: ids } }, productReach(scope.subject, "view")] },
      select: { id: true, name: true },
    }),
};

const present = (ids: readonly (string | null)[]) => [
  ...new Set(ids.filter((id): id is string => id !== null)),
];

/**
 * Names the records a page of records links to, each kind looked up once with the caller's
 * view reach in the query. A link outside their reach answers as no link at all (D7): a
 * task's company the caller may not see does not even show its id. Kinds are read one after
 * another, so a transaction client works too.
 */
export async function findVisibleLinks(
  scope: TLinkScope,
  db: TDbClient,
  ids: TLinkIds,
): Promise<TVisibleLinks> {
  const names = {} as Record<TLinkKind, Map<string, string>>;
  for (const kind of Object.keys(NAMERS) as TLinkKind[]) {
    const wanted = present(ids[kind] ?? []);
    const rows = wanted.length === 0 ? [] : await NAMERS[kind](db, scope, wanted);
    names[kind] = new Map(rows.map((row) => [row.id, row.name]));
  }
  const lookup =
    (kind: TLinkKind) =>
    (id: string | null): TLink => {
      const name = id === null ? undefined : names[kind].get(id);
      return id !== null && name !== undefined ? { id, name } : null;
    };
  return {
    company: lookup("company"),
    contact: lookup("contact"),
    object: lookup("object"),
    deal: lookup("deal"),
    interest: lookup("interest"),
    task: lookup("task"),
    product: lookup("product"),
  };
}

/** Which column holds which kind of link, e.g. `{ companyId: "company", partnerId: "company" }`. */
export type TLinkColumns = Record<`${string}Id`, TLinkKind>;

/** The answer's fields for `columns`: `companyId` becomes `company`, `partnerId` `partner`. */
export type TNamedLinks<C extends TLinkColumns> = {
  [K in keyof C as K extends `${infer Name}Id` ? Name : never]: TLink;
};

export type TWithLinks<T, C extends TLinkColumns> = Omit<T, keyof C> & TNamedLinks<C>;

/**
 * Records as answers: each link column in `columns` is replaced by the linked record's
 * `{ id, name }` where the caller may view it and `null` where not. Stored rows (for the
 * audit log, for judging a change) keep their raw ids; only the answer is named. A row
 * without the column (hidden from the caller by a field rule) answers without the link.
 */
export async function withVisibleLinks<T extends object, C extends TLinkColumns>(
  scope: Pick<TProjectScope, "db" | "reach" | "subject">,
  rows: readonly T[],
  columns: C,
): Promise<TWithLinks<T, C>[]> {
  const entries = Object.entries(columns) as [`${string}Id`, TLinkKind][];
  const read = (row: T, column: string) => {
    const value = (row as Record<string, unknown>)[column];
    return typeof value === "string" ? value : null;
  };
  const ids: Partial<Record<TLinkKind, (string | null)[]>> = {};
  for (const [column, kind] of entries) {
    (ids[kind] ??= []).push(...rows.map((row) => read(row, column)));
  }
  const links = await findVisibleLinks(scope, scope.db, ids);
  return rows.map((row) => {
    const answer = { ...row } as Record<string, unknown>;
    for (const [column, kind] of entries) {
      // A column a field rule left out of the row is no link to name, nor an empty one.
      if (!(column in answer)) continue;
      delete answer[column];
      answer[column.slice(0, -"Id".length)] = links[kind](read(row, column));
    }
    return answer as TWithLinks<T, C>;
  });
}

/** One record as an answer, named as `withVisibleLinks` names a page. */
export async function withVisibleLink<T extends object, C extends TLinkColumns>(
  scope: Pick<TProjectScope, "db" | "reach" | "subject">,
  row: T,
  columns: C,
): Promise<TWithLinks<T, C>> {
  const [answer] = await withVisibleLinks(scope, [row], columns);
  if (!answer) throw new Error("withVisibleLinks answered nothing for one row.");
  return answer;
}

import { describe, expect, it } from "vitest";

import { afterKeyset, type TKeyColumn, type TKeyValue, type TSortDirection } from "./sorted-keyset";

// The where is evaluated here on plain rows, so every page boundary of a small table with
// ties and nulls can be checked against the table sorted in memory.

type TRow = { group: number | null; rank: number; id: number };
type TPredicate = (row: TRow) => boolean;

function column(field: keyof TRow, nullable: boolean): TKeyColumn<TPredicate> {
  return {
    nullable,
    where: (comparison, value) => (row) => {
      const own = row[field];
      if (comparison === "equals") return own === value;
      if (own === null || value === null) return false;
      return comparison === "lt" ? own < Number(value) : own > Number(value);
    },
  };
}

const COLUMNS = [column("group", true), column("rank", false), column("id", false)];

function matches(where: { OR: { AND: TPredicate[] }[] }, row: TRow): boolean {
  return where.OR.some((branch) => branch.AND.every((predicate) => predicate(row)));
}

function sorted(rows: TRow[], direction: TSortDirection): TRow[] {
  const factor = direction === "asc" ? 1 : -1;
  const compare = (a: number | null, b: number | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : factor * (a - b);
  return [...rows].sort(
    (a, b) => compare(a.group, b.group) || compare(a.rank, b.rank) || compare(a.id, b.id),
  );
}

const ROWS: TRow[] = Array.from({ length: 18 }, (_, id) => ({
  group: id % 4 === 0 ? null : id % 3,
  rank: id % 2,
  id,
}));

describe("afterKeyset", () => {
  for (const direction of ["asc", "desc"] as const) {
    it(`starts just after any row, ties and nulls included (${direction})`, () => {
      const order = sorted(ROWS, direction);
      order.forEach((row, index) => {
        const values: TKeyValue[] = [row.group, row.rank, row.id];
        const after = afterKeyset(COLUMNS, direction, values);
        const rest = sorted(
          ROWS.filter((each) => matches(after, each)),
          direction,
        );
        expect({ after: row.id, rest: rest.map((each) => each.id) }).toEqual({
          after: row.id,
          rest: order.slice(index + 1).map((each) => each.id),
        });
      });
    });
  }

  it("refuses a cursor whose values do not match the columns", () => {
    expect(() => afterKeyset(COLUMNS, "asc", [1, 2])).toThrow(/one value per column/);
  });
});

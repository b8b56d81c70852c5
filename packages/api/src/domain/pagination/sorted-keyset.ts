// A keyset over several columns in one direction, the last of them unique (the id), with
// nulls last whichever the direction. A page starts strictly after the previous page's last
// row in that order, so paging neither skips nor repeats a row, ties and nulls included.

export type TSortDirection = "asc" | "desc";

/** A key value as it travels in a cursor: strings for text, decimals and dates. */
export type TKeyValue = string | number | null;

/** One column of the order: how to filter on it. `equals` with null means "is null". */
export type TKeyColumn<TWhere> = {
  nullable: boolean;
  where: (comparison: "lt" | "gt" | "equals", value: TKeyValue) => TWhere;
};

type TAfter<TWhere> = { OR: { AND: TWhere[] }[] };

/**
 * The rows after `values` (one per column): for each column in turn, every earlier column
 * equal and this one further on. Further on means past the value, or null (nulls sort last);
 * past a null nothing is further on, so only the later columns can move on.
 */
export function afterKeyset<TWhere>(
  columns: readonly TKeyColumn<TWhere>[],
  direction: TSortDirection,
  values: readonly TKeyValue[],
): TAfter<TWhere> {
  if (values.length !== columns.length) {
    throw new Error("A keyset cursor needs one value per column.");
  }
  const onward = direction === "asc" ? "gt" : "lt";
  const branches: { AND: TWhere[] }[] = [];
  columns.forEach((column, index) => {
    const value = values[index] ?? null;
    const equalBefore = columns
      .slice(0, index)
      .map((earlier, at) => earlier.where("equals", values[at] ?? null));
    if (value === null) return;
    branches.push({ AND: [...equalBefore, column.where(onward, value)] });
    if (column.nullable) branches.push({ AND: [...equalBefore, column.where("equals", null)] });
  });
  return { OR: branches };
}

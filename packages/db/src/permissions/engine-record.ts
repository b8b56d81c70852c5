// Loads records in the shape `decide` reads (the data contract's names, relations nested),
// with the same select for one record and for a list, so the API decides on exactly the
// facts the filter compared.
import { CATALOG, type RecordResource } from "@charter/core/engine";
import { Prisma } from "../client";

type TSelect = Record<string, true | { select: Record<string, true> }>;

// Related models with a `name` column: explanations name people, places and companies.
const NAMED_MODELS = new Set(["Employee", "Department", "Company"]);

export function engineRecordSelect(resource: RecordResource): TSelect {
  const catalog = CATALOG[resource];
  const select: TSelect = {};
  const nested = (relation: string): Record<string, true> => {
    const existing = select[relation];
    if (existing && existing !== true) return existing.select;
    const fresh: Record<string, true> = {};
    select[relation] = { select: fresh };
    return fresh;
  };
  for (const path of Object.keys(catalog.fields)) {
    const [head, field] = path.split(".");
    if (!head) continue;
    if (field === undefined) select[head] = true;
    else nested(head)[field] = true;
  }
  for (const [relation, spec] of Object.entries(catalog.relations)) {
    if (NAMED_MODELS.has(spec.model)) nested(relation).name = true;
  }
  if (Object.hasOwn(catalog.fields, "directionId")) nested("direction").name = true;
  return select;
}

/** Decimals become numbers: the condition language compares plain numbers. */
export function toEngineRecord(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Prisma.Decimal) out[key] = value.toNumber();
    else if (value && typeof value === "object" && !(value instanceof Date))
      out[key] = toEngineRecord(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

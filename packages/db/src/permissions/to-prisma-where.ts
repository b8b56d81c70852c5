// Translates the engine's neutral predicate tree into a Prisma `where`, so a list, a count,
// a search or a report filters by permission in the query itself.
//
// The engine's leaves follow SQL semantics (a comparison on a null value, or through an
// absent relation, is false), and `filter` returns trees without `not`, so each leaf maps
// to the plain SQL comparison Prisma emits (`<>`, `NOT IN`, `NOT LIKE` are false on NULL
// already). Only the explicit null tests need to know whether a column can be null:
// Prisma refuses `null` in a filter on a required column.
import { CATALOG, type Leaf, type Predicate, type RecordResource } from "@charter/core/engine";
import type { Prisma } from "../client";
import { isColumnNullable } from "./nullable-columns";

export type TWhereByResource = {
  company: Prisma.CompanyWhereInput;
  contact: Prisma.ContactWhereInput;
  object: Prisma.CrmObjectWhereInput;
  deal: Prisma.DealWhereInput;
  interest: Prisma.InterestWhereInput;
  activity: Prisma.ActivityWhereInput;
  task: Prisma.TaskWhereInput;
  reminder: Prisma.ReminderWhereInput;
  document: Prisma.DocumentWhereInput;
  invoice: Prisma.InvoiceWhereInput;
};

type TWhere = Record<string, unknown>;

// A branch the adapter settles itself. Prisma drops an empty `{}` inside an `OR` instead of
// reading it as "true", so constants are folded here and never reach the query.
type TTranslated = TWhere | "always" | "never";

/** What a caller does with a permission filter: skip it, skip the query, or apply it. */
export type TReach<R extends RecordResource> =
  { kind: "all" } | { kind: "none" } | { kind: "where"; where: TWhereByResource[R] };

export function toPrismaReach<R extends RecordResource>(
  resource: R,
  predicate: Predicate,
): TReach<R> {
  const translated = translate(resource, predicate);
  if (translated === "always") return { kind: "all" };
  if (translated === "never") return { kind: "none" };
  return { kind: "where", where: translated };
}

/** A `where` in every case: "none" becomes a predicate no row satisfies. */
export function toPrismaWhere<R extends RecordResource>(
  resource: R,
  predicate: Predicate,
): TWhereByResource[R] {
  const reach = toPrismaReach(resource, predicate);
  if (reach.kind === "all") return {};
  if (reach.kind === "none") return { id: { in: [] } };
  return reach.where;
}

function translate(resource: RecordResource, predicate: Predicate): TTranslated {
  switch (predicate.op) {
    case "always":
    case "never":
      return predicate.op;
    case "and":
      return combine(
        "AND",
        predicate.args.map((arg) => translate(resource, arg)),
      );
    case "or":
      return combine(
        "OR",
        predicate.args.map((arg) => translate(resource, arg)),
      );
    case "not":
      throw new Error(
        "The engine's filter returns trees without `not`; refusing to guess SQL's three-valued NOT.",
      );
    default:
      return translateLeaf(resource, predicate);
  }
}

function combine(op: "AND" | "OR", parts: TTranslated[]): TTranslated {
  const absorbing = op === "AND" ? "never" : "always";
  const neutral = op === "AND" ? "always" : "never";
  if (parts.includes(absorbing)) return absorbing;
  const wheres = parts.filter((part): part is TWhere => part !== neutral);
  if (wheres.length === 0) return neutral;
  return wheres.length === 1 ? (wheres[0] as TWhere) : { [op]: wheres };
}

function translateLeaf(resource: RecordResource, original: Leaf): TTranslated {
  const leaf = withUuidValues(resource, original);
  if (leaf === "never") return "never";
  const [head, field] = splitPath(resource, leaf.path);
  const spec = CATALOG[resource].fields[leaf.path];
  const column = { nullable: spec?.nullable ?? false, boolean: spec?.type.kind === "boolean" };
  if (field === undefined) return leafOnColumn(head, leaf, column);
  // Through a relation: the related row must exist and satisfy the leaf (SQL's inner join),
  // except "is null", which an absent relation satisfies too.
  const relation = CATALOG[resource].relations[head];
  const columnNullable = relation !== undefined && isColumnNullable(relation.model, field);
  if (leaf.op === "isNull") {
    // Prisma refuses `is: null` on a required relation as it refuses `null` on a column.
    const cases: TTranslated[] = [
      relation?.nullable ? { [head]: { is: null } } : "never",
      columnNullable ? { [head]: { is: { [field]: null } } } : "never",
    ];
    return combine("OR", cases);
  }
  const inner = leafOnColumn(field, leaf, { ...column, nullable: columnNullable });
  if (inner === "never") return "never";
  if (inner === "always") return relation?.nullable ? { [head]: { isNot: null } } : "always";
  return { [head]: { is: inner } };
}

type TColumnKind = { nullable: boolean; boolean: boolean };

function leafOnColumn(column: string, leaf: Leaf, kind: TColumnKind): TTranslated {
  const { nullable } = kind;
  switch (leaf.op) {
    case "eq":
      return { [column]: { equals: leaf.value } };
    case "ne":
      return { NOT: { [column]: { equals: leaf.value } } };
    case "lt":
    case "lte":
    case "gt":
    case "gte":
      return { [column]: { [leaf.op]: leaf.value } };
    // Prisma's boolean filter has no `in`: spell it out, with SQL's meaning kept.
    case "in":
      return kind.boolean
        ? { OR: leaf.values.map((value) => ({ [column]: { equals: value } })) }
        : { [column]: { in: leaf.values } };
    case "notIn":
      return kind.boolean
        ? { AND: leaf.values.map((value) => ({ NOT: { [column]: { equals: value } } })) }
        : { [column]: { notIn: leaf.values } };
    case "startsWith":
      return { [column]: { startsWith: leaf.value } };
    case "notStartsWith":
      return { NOT: { [column]: { startsWith: leaf.value } } };
    case "isNull":
      return nullable ? { [column]: null } : "never";
    case "isNotNull":
      return nullable ? { [column]: { not: null } } : "always";
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Id columns are UUIDs, and PostgreSQL rejects a comparison with anything else instead of
// answering it. No stored id equals a non-UUID, so such values are settled here exactly
// as the engine settles them in memory: `eq` matches nothing, `ne` every non-null value.
function withUuidValues(resource: RecordResource, leaf: Leaf): Leaf | "never" {
  if (CATALOG[resource].fields[leaf.path]?.type.kind !== "id") return leaf;
  const isUuid = (value: unknown): boolean => typeof value === "string" && UUID.test(value);
  switch (leaf.op) {
    case "eq":
      return isUuid(leaf.value) ? leaf : "never";
    case "ne":
      return isUuid(leaf.value) ? leaf : { op: "isNotNull", path: leaf.path };
    case "in": {
      const values = leaf.values.filter(isUuid);
      return values.length > 0 ? { ...leaf, values } : "never";
    }
    case "notIn": {
      const values = leaf.values.filter(isUuid);
      return values.length > 0 ? { ...leaf, values } : { op: "isNotNull", path: leaf.path };
    }
    default:
      return leaf;
  }
}

// Paths are the data contract's names: a column, or one relation hop `relation.column`.
function splitPath(resource: RecordResource, path: string): [string, string | undefined] {
  const parts = path.split(".");
  if (parts.length === 1 && parts[0]) return [parts[0], undefined];
  const [relation, column] = parts;
  if (
    parts.length === 2 &&
    relation &&
    column &&
    Object.hasOwn(CATALOG[resource].relations, relation)
  )
    return [relation, column];
  throw new Error(
    `The ${resource} filter reads "${path}", which is neither a column nor one relation hop of the catalogue.`,
  );
}

import { CATALOG } from "../engine/catalog";
import type { EngineRecord, Subject } from "../engine/types";
import type { Action, Resource, UserType } from "../engine/vocabulary";

// A random "world" for property tests: an org chart, a subject with roles, groups and
// overrides, and rows of several resources as a database would store them (foreign keys,
// no nested objects). `hydrateRow` attaches the relations `decide` reads, the same facts
// a Prisma `select` would load, so the database version of the test can insert `rows`,
// run the translated `filter` tree, and compare with `decide` on the hydrated rows.

export type WorldEmployee = {
  id: string;
  name: string;
  userType: UserType;
  managerId: string | null;
  managerPath: string;
  departmentId: string | null;
  directionId: string | null;
  branchId: string | null;
  projectId: string;
};

export type WorldDepartment = { id: string; name: string; parentId: string | null; path: string };

export type WorldRow = Record<string, unknown> & { id: string; projectId: string };

/** The resources whose rows a world holds and the property test checks. */
export const WORLD_RESOURCES = [
  "company",
  "deal",
  "activity",
  "document",
  "task",
  "product",
  "settings.employees",
  "settings.roles",
] as const satisfies readonly Resource[];
export type WorldResource = (typeof WORLD_RESOURCES)[number];

export const WORLD_ACTIONS = ["view", "edit", "delete"] as const satisfies readonly Action[];

export type World = {
  projectId: string;
  otherProjectId: string;
  employees: WorldEmployee[];
  departments: WorldDepartment[];
  directionIds: string[];
  branchIds: string[];
  pipelineId: string;
  stageIds: string[];
  subject: Subject;
  rows: Record<WorldResource, WorldRow[]>;
};

function pick<T extends Record<string, unknown>>(source: T | undefined, fields: readonly string[]) {
  if (!source) return null;
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field] = source[field] ?? null;
  return out;
}

/** Which fields of each relation target the catalogue reads, plus names for explanations. */
function relationFields(resource: Resource, relation: string): string[] {
  const prefix = `${relation}.`;
  const fields = Object.keys(CATALOG[resource].fields)
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length));
  return [...fields, "name"];
}

/** The row with its relations loaded, as `decide` expects it. */
export function hydrateRow(world: World, resource: WorldResource, row: WorldRow): EngineRecord {
  const employees = new Map(world.employees.map((e) => [e.id, e]));
  const departments = new Map(world.departments.map((d) => [d.id, d]));
  const companies = new Map(world.rows.company.map((c) => [c.id, c]));
  const deals = new Map(world.rows.deal.map((d) => [d.id, d]));
  const targets: Record<string, (id: string) => Record<string, unknown> | undefined> = {
    Employee: (id) => employees.get(id),
    Department: (id) => departments.get(id),
    Company: (id) => companies.get(id),
    Deal: (id) => deals.get(id),
  };
  const record: Record<string, unknown> = { ...row };
  for (const [relation, spec] of Object.entries(CATALOG[resource].relations)) {
    const id = row[spec.foreignKey];
    const lookup = targets[spec.model];
    record[relation] =
      typeof id === "string" && lookup
        ? pick(lookup(id), relationFields(resource, relation))
        : null;
  }
  return record;
}

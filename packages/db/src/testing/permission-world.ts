// Random worlds that obey the database's rules, for the property test that the engine's
// `filter`, run through Prisma, returns exactly the rows `decide` allows. Unlike the
// engine's in-memory worlds, every id is a UUID, the org chart follows the hierarchy rules
// (Admin > Administration > Employee), and rows only reference rows that exist.
import { createHash } from "node:crypto";
import fc from "fast-check";
import {
  allowedScopes,
  CATALOG,
  type Action,
  type Grant,
  type Override,
  type RecordResource,
} from "@charter/core/engine";
import { generateCondition } from "@charter/core/testing";

export const CHECKED_RESOURCES = [
  "company",
  "contact",
  "deal",
  "activity",
  "task",
  "document",
  "invoice",
] as const satisfies readonly RecordResource[];
export type TCheckedResource = (typeof CHECKED_RESOURCES)[number];
export const CHECKED_ACTIONS = [
  "view",
  "edit",
  "delete",
  "export",
  "assign",
] as const satisfies readonly Action[];

export type TWorldEmployee = {
  id: string;
  userType: "admin" | "administration" | "employee";
  managerId: string | null;
  departmentId: string | null;
  directionId: string | null;
};
export type TWorldRow = Record<string, unknown> & { id: string; projectId: string };

export type TPermissionWorld = {
  projectId: string;
  otherProjectId: string;
  otherAdminId: string;
  departments: { id: string; parentId: string | null }[];
  directionIds: string[];
  employees: TWorldEmployee[];
  pipelineId: string;
  stageIds: string[];
  subject: {
    employeeId: string;
    status: "active" | "ip_restricted" | "blocked";
    accessExpiresAt: Date | null;
    partnerCompanyId: string | null;
    ipAllowed: boolean;
    roles: {
      id: string;
      name: string;
      readOnly: boolean;
      expiresAt: Date | null;
      grants: Grant[];
    }[];
    groups: { id: string; name: string; grants: Grant[] }[];
    overrides: Override[];
  };
  rows: Record<TCheckedResource, TWorldRow[]>;
};

export const WORLD_NOW = new Date("2026-06-01T09:00:00.000Z");

type Gen = Parameters<Parameters<ReturnType<typeof fc.gen>["map"]>[0]>[0];

/** A stable UUID for a name, so a replayed seed builds the same world. */
export function worldId(name: string): string {
  const hex = createHash("sha1").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const choose = <T>(g: Gen, values: readonly T[]): T => g(() => fc.constantFrom(...values));
const chance = (g: Gen, percent: number): boolean => g(fc.integer, { min: 0, max: 99 }) < percent;
const times = <T>(g: Gen, min: number, max: number, make: (index: number) => T): T[] =>
  Array.from({ length: g(fc.integer, { min, max }) }, (_, index) => make(index));

const FIXED = { numbers: [0, 100, 1000, 5000], strings: ["CZK", "EUR"] };

function fieldValue(
  g: Gen,
  resource: TCheckedResource,
  path: string,
  refs: Record<string, string[]>,
): unknown {
  const spec = CATALOG[resource].fields[path];
  if (!spec) return null;
  if (spec.nullable && chance(g, 25)) return null;
  switch (spec.type.kind) {
    case "enum":
      return choose(g, spec.type.values);
    case "number":
      return choose(g, FIXED.numbers);
    case "boolean":
      return chance(g, 50);
    case "string":
      return choose(g, FIXED.strings);
    case "id": {
      const pool = refs[spec.type.ref] ?? [];
      if (pool.length === 0) return null;
      return choose(g, pool);
    }
  }
}

// Columns the database requires that the permission catalogue does not read.
const REQUIRED: Record<TCheckedResource, (index: number) => Record<string, unknown>> = {
  company: (index) => ({ name: `Company ${index}` }),
  contact: (index) => ({ firstName: "Contact", lastName: String(index) }),
  deal: (index) => ({ title: `Deal ${index}` }),
  activity: (index) => ({ subject: `Activity ${index}`, occurredAt: WORLD_NOW }),
  task: (index) => ({ title: `Task ${index}` }),
  document: (index) => ({ title: `Document ${index}` }),
  invoice: (index) => ({ number: `INV-${index}` }),
};

export function arbitraryPermissionWorld(): fc.Arbitrary<TPermissionWorld> {
  return fc.gen().map((g) => {
    const projectId = worldId("project:main");
    const otherProjectId = worldId("project:other");
    const departments: { id: string; parentId: string | null }[] = [];
    times(g, 1, 5, (index) => {
      const parent = index === 0 || chance(g, 25) ? null : choose(g, departments);
      departments.push({ id: worldId(`department:${index}`), parentId: parent?.id ?? null });
    });
    const directionIds = [worldId("direction:a"), worldId("direction:b")];
    const placed = (
      id: string,
      userType: TWorldEmployee["userType"],
      managerId: string | null,
    ): TWorldEmployee => ({
      id,
      userType,
      managerId,
      departmentId: chance(g, 80) ? choose(g, departments).id : null,
      directionId: chance(g, 70) ? choose(g, directionIds) : null,
    });
    const admins = times(g, 1, 2, (index) => placed(worldId(`admin:${index}`), "admin", null));
    const heads = times(g, 0, 3, (index) =>
      placed(
        worldId(`head:${index}`),
        "administration",
        chance(g, 85) ? choose(g, admins).id : null,
      ),
    );
    const staff =
      heads.length === 0
        ? []
        : times(g, 0, 6, (index) =>
            placed(worldId(`staff:${index}`), "employee", choose(g, heads).id),
          );
    const employees = [...admins, ...heads, ...staff];
    const employeeIds = employees.map((employee) => employee.id);
    const pipelineId = worldId("pipeline");
    const stageIds = [worldId("stage:1"), worldId("stage:2"), worldId("stage:3")];

    const rows = {} as Record<TCheckedResource, TWorldRow[]>;
    const refs: Record<string, string[]> = {
      employee: employeeIds,
      direction: directionIds,
      department: departments.map((d) => d.id),
      stage: stageIds,
      pipeline: [pipelineId],
    };
    for (const resource of CHECKED_RESOURCES) {
      rows[resource] = times(
        g,
        resource === "company" || resource === "deal" ? 2 : 0,
        5,
        (index) => {
          const inMain = chance(g, 90);
          const row: TWorldRow = {
            id: worldId(`${resource}:${index}`),
            projectId: inMain ? projectId : otherProjectId,
            ...REQUIRED[resource](index),
          };
          for (const path of Object.keys(CATALOG[resource].fields)) {
            // departmentId is the database's to set (the responsible's department).
            if (
              path.includes(".") ||
              path === "id" ||
              path === "projectId" ||
              path === "departmentId"
            )
              continue;
            row[path] =
              path === "responsibleId"
                ? inMain
                  ? choose(g, employeeIds)
                  : worldId("admin:other")
                : fieldValue(g, resource, path, refs);
          }
          return row;
        },
      );
      if (resource === "company") refs.company = rows.company.map((row) => row.id);
      if (resource === "contact") refs.contact = rows.contact.map((row) => row.id);
      if (resource === "deal") refs.deal = rows.deal.map((row) => row.id);
    }

    const pools = {
      employeeIds,
      departmentIds: refs.department ?? [],
      directionIds,
      branchIds: [worldId("branch:unused")],
      companyIds: refs.company ?? [],
      dealIds: refs.deal ?? [],
      stageIds,
      pipelineId,
    };
    const grant = (): Grant => {
      const resource = choose(g, CHECKED_RESOURCES);
      // The generator also names ids no row has ("contact-1", a ghost): the adapter must
      // answer those without sending PostgreSQL a non-UUID.
      const condition = chance(g, 40) ? generateCondition(g, resource, pools) : null;
      return {
        resource,
        action: choose(g, CHECKED_ACTIONS),
        scope: choose(g, allowedScopes(resource)),
        condition,
      };
    };
    const moment = (): Date | null =>
      choose(
        g,
        [null, -86_400_000, -1, 1, 86_400_000].map((offset) =>
          offset === null ? null : new Date(WORLD_NOW.getTime() + offset),
        ),
      );
    const me = choose(g, employees);
    return {
      projectId,
      otherProjectId,
      otherAdminId: worldId("admin:other"),
      departments,
      directionIds,
      employees,
      pipelineId,
      stageIds,
      subject: {
        employeeId: me.id,
        status: choose(g, ["active", "active", "active", "ip_restricted", "blocked"] as const),
        accessExpiresAt: chance(g, 15) ? moment() : null,
        partnerCompanyId: chance(g, 30) ? choose(g, refs.company ?? []) : null,
        ipAllowed: chance(g, 80),
        roles: times(g, 0, 3, (index) => ({
          id: worldId(`role:${index}`),
          name: `Role ${index}`,
          readOnly: chance(g, 10),
          expiresAt: chance(g, 15) ? moment() : null,
          grants: times(g, 0, 5, grant),
        })),
        groups: times(g, 0, 2, (index) => ({
          id: worldId(`group:${index}`),
          name: `Group ${index}`,
          grants: times(g, 0, 3, grant),
        })),
        overrides: times(g, 0, 3, () => {
          const resource = choose(g, CHECKED_RESOURCES);
          return {
            resource,
            action: choose(g, CHECKED_ACTIONS),
            effect: choose(g, ["allow", "deny"] as const),
            condition: chance(g, 60) ? generateCondition(g, resource, pools) : null,
          };
        }),
      },
      rows,
    };
  });
}

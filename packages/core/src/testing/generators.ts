import fc from "fast-check";

import { CATALOG, conditionPaths, type FieldSpec } from "../engine/catalog";
import type {
  Condition,
  Grant,
  Override,
  Subject,
  SubjectGroup,
  SubjectRole,
} from "../engine/types";
import {
  ACTIONS,
  allowedScopes,
  USER_TYPES,
  type Action,
  type Resource,
  type Scope,
} from "../engine/vocabulary";
import {
  WORLD_ACTIONS,
  WORLD_RESOURCES,
  type World,
  type WorldDepartment,
  type WorldEmployee,
  type WorldResource,
  type WorldRow,
} from "./world";

// fast-check generators of worlds (see world.ts). Small pools of ids make collisions
// likely, so conditions, scopes and overrides actually meet the records.

type Gen = Parameters<Parameters<ReturnType<typeof fc.gen>["map"]>[0]>[0];

const NOW = new Date("2025-06-02T09:00:00.000Z");
const PROJECT = "p-main";
const OTHER = "p-other";
const GHOST = "e-ghost"; // an id that belongs to nobody

function choose<T>(g: Gen, values: readonly T[]): T {
  return g(() => fc.constantFrom(...values));
}

function chance(g: Gen, percent: number): boolean {
  return g(fc.integer, { min: 0, max: 99 }) < percent;
}

function times<T>(g: Gen, min: number, max: number, make: (i: number) => T): T[] {
  const n = g(fc.integer, { min, max });
  return Array.from({ length: n }, (_, i) => make(i));
}

type Pools = {
  employeeIds: string[];
  departmentIds: string[];
  directionIds: string[];
  branchIds: string[];
  companyIds: string[];
  dealIds: string[];
  stageIds: string[];
  pipelineId: string;
};

const VARIABLE_FOR: Partial<Record<string, string>> = {
  employee: "$me",
  department: "$myDepartment",
  direction: "$myDirection",
  company: "$myPartnerCompany",
};

function valuesFor(field: FieldSpec, pools: Pools, forCondition: boolean): unknown[] {
  const type = field.type;
  switch (type.kind) {
    case "enum":
      return [...type.values];
    case "number":
      return [0, 100, 1000, 5000];
    case "boolean":
      return [true, false];
    case "string":
      return ["CZK", "EUR"];
    case "id": {
      const byRef: Partial<Record<string, string[]>> = {
        employee: [...pools.employeeIds, GHOST],
        department: pools.departmentIds,
        direction: pools.directionIds,
        branch: pools.branchIds,
        company: pools.companyIds,
        deal: pools.dealIds,
        stage: pools.stageIds,
        pipeline: [pools.pipelineId],
      };
      const ids = byRef[type.ref] ?? [`${type.ref}-1`, `${type.ref}-2`];
      const variable = VARIABLE_FOR[type.ref];
      return forCondition && variable ? [...ids, variable] : ids;
    }
  }
}

/** A random condition over the resource's catalogue (occasionally an invalid one). */
export function generateCondition(g: Gen, resource: Resource, pools: Pools, depth = 2): Condition {
  const paths = conditionPaths(resource);
  const kind = g(fc.integer, { min: 0, max: depth > 0 ? 8 : 5 });
  if (kind === 6 || kind === 7) {
    const args = times(g, 1, 3, () => generateCondition(g, resource, pools, depth - 1));
    return { op: kind === 6 ? "and" : "or", args };
  }
  if (kind === 8) return { op: "not", arg: generateCondition(g, resource, pools, depth - 1) };
  if (paths.length === 0 || chance(g, 2)) {
    // Not understood: the engine must never read this as "allow".
    return { op: "eq", path: "no.such.path", value: "x" };
  }
  const path = choose(g, paths);
  const field = CATALOG[resource].fields[path] as FieldSpec;
  const values = valuesFor(field, pools, true);
  if (kind <= 1) {
    const value = field.nullable && chance(g, 20) ? null : choose(g, values);
    return { op: kind === 0 ? "eq" : "ne", path, value: value as string | null };
  }
  if (kind === 2) {
    const picked = times(g, 1, 3, () => choose(g, values));
    return { op: "in", path, values: [...new Set(picked)] as string[] };
  }
  if (field.type.kind === "number") {
    const op = choose(g, ["lt", "lte", "gt", "gte"] as const);
    return { op, path, value: choose(g, [0, 100, 1000, 5000]) };
  }
  return { op: "eq", path, value: choose(g, values) as string };
}

function generateGrant(g: Gen, pools: Pools): Grant {
  const resource = choose(g, WORLD_RESOURCES);
  const scope: Scope = choose(g, allowedScopes(resource));
  const condition = chance(g, 40) ? generateCondition(g, resource, pools) : null;
  return { resource, action: choose(g, WORLD_ACTIONS), scope, condition };
}

function generateOverride(g: Gen, pools: Pools): Override {
  const resource = choose(g, WORLD_RESOURCES);
  return {
    resource,
    action: choose(g, WORLD_ACTIONS),
    effect: choose(g, ["allow", "deny"] as const),
    condition: chance(g, 60) ? generateCondition(g, resource, pools) : null,
  };
}

function moment(g: Gen): Date | null {
  const offsets = [null, -86_400_000, -1, 0, 1, 86_400_000];
  const offset = choose(g, offsets);
  return offset === null ? null : new Date(NOW.getTime() + offset);
}

function generateDepartments(g: Gen): WorldDepartment[] {
  const departments: WorldDepartment[] = [];
  times(g, 1, 5, (i) => {
    const parent = i === 0 || chance(g, 25) ? null : choose(g, departments);
    const id = `d${i}`;
    departments.push({
      id,
      name: `Department ${i}`,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
    });
  });
  return departments;
}

function generateEmployees(g: Gen, pools: Omit<Pools, "employeeIds">): WorldEmployee[] {
  const employees: WorldEmployee[] = [];
  times(g, 1, 10, (i) => {
    // Managers come earlier in the list, so the chart is a forest (no cycles).
    const manager = i === 0 || chance(g, 20) ? null : choose(g, employees);
    const id = `e${i}`;
    employees.push({
      id,
      name: `Employee ${i}`,
      userType: choose(g, USER_TYPES),
      managerId: manager?.id ?? null,
      managerPath: `${manager?.managerPath ?? "/"}${id}/`,
      departmentId: chance(g, 80) ? choose(g, pools.departmentIds) : null,
      directionId: chance(g, 70) ? choose(g, pools.directionIds) : null,
      branchId: chance(g, 50) ? choose(g, pools.branchIds) : null,
      projectId: PROJECT,
    });
  });
  return employees;
}

function generateRow(
  g: Gen,
  resource: WorldResource,
  index: number,
  pools: Pools,
  employees: WorldEmployee[],
): WorldRow {
  const id = `${resource}-${index}`;
  const projectId = chance(g, 90) ? PROJECT : OTHER;
  if (resource === "settings.roles") {
    const target = chance(g, 80) ? choose(g, employees) : null;
    return { id, projectId, employeeId: target?.id ?? null };
  }
  const row: WorldRow = { id, projectId };
  const fields = CATALOG[resource].fields;
  const responsible = choose(g, employees);
  for (const [path, field] of Object.entries(fields)) {
    if (path.includes(".") || path === "id" || path === "projectId") continue;
    if (path === "responsibleId") row[path] = responsible.id;
    else if (path === "departmentId" && chance(g, 80)) row[path] = responsible.departmentId;
    else
      row[path] =
        field.nullable && chance(g, 30) ? null : choose(g, valuesFor(field, pools, false));
  }
  return row;
}

/** A random world; `fc.assert` prints the seed that reproduces a failure. */
export function arbitraryWorld(): fc.Arbitrary<World> {
  return fc.gen().map((g) => {
    const departments = generateDepartments(g);
    const base = {
      departmentIds: departments.map((d) => d.id),
      directionIds: ["dir-a", "dir-b"],
      branchIds: ["br-1", "br-2"],
      companyIds: ["company-0", "company-1", "company-2"],
      dealIds: ["deal-0", "deal-1", "deal-2"],
      stageIds: ["st-1", "st-2", "st-3"],
      pipelineId: "pl-1",
    };
    const employees = generateEmployees(g, base);
    const pools: Pools = { ...base, employeeIds: employees.map((e) => e.id) };

    const me = choose(g, employees);
    const roles: SubjectRole[] = times(g, 0, 3, (i) => ({
      id: `role-${i}`,
      name: `Role ${i}`,
      readOnly: chance(g, 10),
      expiresAt: chance(g, 20) ? moment(g) : null,
      grants: times(g, 0, 5, () => generateGrant(g, pools)),
    }));
    const groups: SubjectGroup[] = times(g, 0, 2, (i) => ({
      id: `group-${i}`,
      name: `Group ${i}`,
      grants: times(g, 0, 3, () => generateGrant(g, pools)),
    }));
    const subject: Subject = {
      employeeId: me.id,
      projectId: PROJECT,
      name: me.name,
      userType: me.userType,
      status: choose(g, [
        "active",
        "active",
        "active",
        "active",
        "ip_restricted",
        "blocked",
      ] as const),
      accessExpiresAt: chance(g, 15) ? moment(g) : null,
      managerPath: me.managerPath,
      departmentId: me.departmentId,
      departmentPath: departments.find((d) => d.id === me.departmentId)?.path ?? null,
      directionId: me.directionId,
      branchId: me.branchId,
      partnerCompanyId: chance(g, 30) ? choose(g, pools.companyIds) : null,
      roles,
      groups,
      overrides: times(g, 0, 3, () => generateOverride(g, pools)),
      context: { now: NOW, ipAllowed: chance(g, 70) },
    };

    const rows = {} as Record<WorldResource, WorldRow[]>;
    for (const resource of WORLD_RESOURCES) {
      rows[resource] =
        resource === "settings.employees"
          ? employees.map((e) => ({ ...e, projectId: chance(g, 90) ? PROJECT : OTHER }))
          : times(g, resource === "company" || resource === "deal" ? 3 : 0, 6, (i) =>
              generateRow(g, resource, i, pools, employees),
            );
    }
    return {
      projectId: PROJECT,
      otherProjectId: OTHER,
      employees,
      departments,
      directionIds: base.directionIds,
      branchIds: base.branchIds,
      pipelineId: base.pipelineId,
      stageIds: base.stageIds,
      subject,
      rows,
    };
  });
}

/** Every (action, resource) pair the property test checks in a world. */
export function worldChecks(): { action: Action; resource: WorldResource }[] {
  return WORLD_RESOURCES.flatMap((resource) =>
    ACTIONS.filter((a) => (WORLD_ACTIONS as readonly string[]).includes(a)).map((action) => ({
      action,
      resource,
    })),
  );
}

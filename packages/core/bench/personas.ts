import {
  AbilityBuilder,
  createMongoAbility,
  subject as caslSubject,
  type MongoAbility,
} from "@casl/ability";

import type { EngineRecord, Subject } from "../src/engine/types";
import type { Action } from "../src/engine/vocabulary";
import { findRoleTemplate, roleFromTemplate } from "../src/templates/index";

// The benchmark's personas, each written twice: as a Charter subject, and as CASL rules
// the way CASL users write them (ids of everyone below a manager in an `$in`).

export type Persona = {
  name: string;
  action: Action;
  subject: Subject;
  ability: MongoAbility;
  records: EngineRecord[];
  caslRecords: object[];
};

const PROJECT = "p1";
const NOW = new Date("2025-06-02T09:00:00.000Z");

type Org = {
  manager: string;
  managerPath: string;
  below: string[];
  belowPaths: Map<string, string>;
};

function buildOrg(manager: string, size: number): Org {
  const managerPath = `/top/${manager}/`;
  const below = Array.from({ length: size }, (_, i) => `e${String(i).padStart(5, "0")}`);
  return {
    manager,
    managerPath,
    below,
    belowPaths: new Map(below.map((id) => [id, `${managerPath}${id}/`])),
  };
}

// Each persona is a different employee: plans are cached per (version, project, employee).
function baseSubject(org: Org, patch: Partial<Subject>): Subject {
  return {
    employeeId: org.manager,
    projectId: PROJECT,
    userType: "employee",
    status: "active",
    accessExpiresAt: null,
    managerPath: org.managerPath,
    departmentId: null,
    departmentPath: null,
    directionId: null,
    branchId: null,
    roles: [],
    groups: [],
    overrides: [],
    context: { now: NOW, ipAllowed: true },
    permissionVersion: 1,
    ...patch,
  };
}

/** Deterministic records: about half reachable by the persona, the rest belonging to outsiders. */
function dealRecords(
  org: Org,
  count: number,
  extra: (i: number) => Record<string, unknown> = () => ({}),
) {
  const records: EngineRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const inside = i % 2 === 0;
    const responsibleId = inside
      ? (org.below[(i * 7919) % Math.max(org.below.length, 1)] ?? org.manager)
      : `out${i % 97}`;
    const managerPath = inside
      ? (org.belowPaths.get(responsibleId) ?? org.managerPath)
      : `/top/other/out${i % 97}/`;
    records.push({
      id: `d${i}`,
      projectId: PROJECT,
      responsibleId,
      responsible: { managerPath },
      departmentId: null,
      department: null,
      directionId: i % 3 === 0 ? "dir-a" : "dir-b",
      stageId: `s${i % 5}`,
      partnerId: i % 4 === 0 ? "c1" : null,
      partner: i % 4 === 0 ? { responsibleId: i % 8 === 0 ? org.manager : "someone" } : null,
      ...extra(i),
    });
  }
  return records;
}

function ability(
  define: (
    can: AbilityBuilder<MongoAbility>["can"],
    cannot: AbilityBuilder<MongoAbility>["cannot"],
  ) => void,
) {
  const builder = new AbilityBuilder<MongoAbility>(createMongoAbility);
  define(builder.can, builder.cannot);
  return builder.build();
}

function forCasl(records: EngineRecord[]): object[] {
  return records.map((record) => caslSubject("Deal", { ...record }));
}

const ACTIONS_ALL: Action[] = ["view", "create", "edit", "delete", "export", "import", "assign"];

function manager(name: string, id: string, size: number): Persona {
  const org = buildOrg(id, size);
  const ids = [org.manager, ...org.below];
  const records = dealRecords(org, 1000);
  return {
    name,
    action: "edit",
    subject: baseSubject(org, { userType: "administration" }),
    ability: ability((can) => {
      for (const action of ACTIONS_ALL) can(action, "Deal", { responsibleId: { $in: ids } });
    }),
    records,
    caslRecords: forCasl(records),
  };
}

export function buildPersonas(): Persona[] {
  const repOrg = buildOrg("rep", 0);
  const repRecords = dealRecords(repOrg, 1000);
  const rep: Persona = {
    name: "rep (own)",
    action: "edit",
    subject: baseSubject(repOrg, {}),
    ability: ability((can) => {
      for (const action of ACTIONS_ALL) can(action, "Deal", { responsibleId: repOrg.manager });
    }),
    records: repRecords,
    caslRecords: forCasl(repRecords),
  };

  const denyOrg = buildOrg("denied", 10);
  const denyRecords = dealRecords(denyOrg, 1000);
  const denyIds = [denyOrg.manager, ...denyOrg.below];
  const withDenies: Persona = {
    name: "deny overrides",
    action: "view",
    subject: baseSubject(denyOrg, {
      userType: "administration",
      overrides: [
        {
          resource: "deal",
          action: "view",
          effect: "deny",
          condition: { op: "in", path: "stageId", values: ["s3", "s4"] },
        },
        { resource: "deal", action: "delete", effect: "deny" },
        { resource: "activity", action: "delete", effect: "deny" },
      ],
    }),
    ability: ability((can, cannot) => {
      for (const action of ACTIONS_ALL) can(action, "Deal", { responsibleId: { $in: denyIds } });
      cannot("view", "Deal", { stageId: { $in: ["s3", "s4"] } });
      cannot("delete", "Deal");
      cannot("delete", "Activity");
    }),
    records: denyRecords,
    caslRecords: forCasl(denyRecords),
  };

  const pamTemplate = findRoleTemplate("crm_pam");
  if (!pamTemplate) throw new Error("crm_pam template missing");
  const pamOrg = buildOrg("pam", 0);
  const pamRecords = dealRecords(pamOrg, 1000);
  const pam: Persona = {
    name: "crm_pam (partner condition)",
    action: "edit",
    subject: baseSubject(pamOrg, { directionId: "dir-a", roles: [roleFromTemplate(pamTemplate)] }),
    ability: ability((can) => {
      can("view", "Deal", { directionId: "dir-a" });
      can("view", "Deal", { "partner.responsibleId": pamOrg.manager });
      can("edit", "Deal", { "partner.responsibleId": pamOrg.manager });
    }),
    records: pamRecords,
    caslRecords: forCasl(pamRecords),
  };

  return [
    rep,
    manager("team lead (10 below)", "lead", 10),
    manager("manager (500 below)", "m500", 500),
    manager("manager (2,000 below)", "m2000", 2000),
    withDenies,
    pam,
  ];
}

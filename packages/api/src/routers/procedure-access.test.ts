import {
  canReachAny,
  decide,
  type Action,
  type EngineRecord,
  type Subject,
} from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";
import { engineRecordSelect, toEngineRecord } from "@charter/db/permissions";
import { describe, expect, it } from "vitest";

import { loadSubject } from "../domain/subject/load-subject";
import { appRouter } from "../root";
import { callerFor, findPersona, useSeededDatabase } from "../testing/personas";

const getDb = useSeededDatabase();

// Every seeded persona of the B2B project, each acting from an allowed address.
const PERSONAS = [
  "admin",
  "director",
  "petrov",
  "dvorakova",
  "ivanova",
  "cerny",
  "marek",
  "novotny",
  "horakova",
  "prochazka",
  "vesela",
  "auditor",
  "external",
];

type TCaller = Awaited<ReturnType<typeof callerFor>>;
type TFixture = { id: string; version: number; responsibleId: string };
type TCase = {
  /** The company action the procedure performs on the fixture; null when none. */
  action: Action | null;
  /** Mutations get a fresh company each call, so one persona's delete does not hide the next. */
  fresh: boolean;
  call: (caller: TCaller, company: TFixture, ivanovaId: string) => Promise<unknown>;
};

// One case per procedure of the router: a new procedure without a case fails the test below.
const CASES: Record<string, TCase> = {
  "session.me": { action: null, fresh: false, call: (caller) => caller.session.me() },
  "companies.list": {
    action: "view",
    fresh: false,
    call: (caller) => caller.companies.list({ limit: 1 }),
  },
  "companies.count": { action: "view", fresh: false, call: (caller) => caller.companies.count({}) },
  "companies.get": {
    action: "view",
    fresh: false,
    call: (caller, company) => caller.companies.get({ id: company.id }),
  },
  "companies.create": {
    action: "create",
    fresh: false,
    call: (caller) => caller.companies.create({ name: "Matrix s.r.o." }),
  },
  "companies.update": {
    action: "edit",
    fresh: true,
    call: (caller, company) =>
      caller.companies.update({
        id: company.id,
        version: company.version,
        fields: { city: "Olomouc" },
      }),
  },
  "companies.delete": {
    action: "delete",
    fresh: true,
    call: (caller, company) =>
      caller.companies.delete({ id: company.id, version: company.version }),
  },
  "companies.assign": {
    action: "assign",
    fresh: true,
    call: (caller, company) =>
      caller.companies.assign({
        id: company.id,
        version: company.version,
        responsibleId: company.responsibleId,
      }),
  },
  "permissions.explain": {
    action: null,
    fresh: false,
    call: (caller, company, ivanovaId) =>
      caller.permissions.explain({
        employeeId: ivanovaId,
        resource: "company",
        action: "edit",
        recordId: company.id,
      }),
  },
};

async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? "THREW";
  }
}

/** What the engine says the API must answer for `action` on `record`. */
function expectedOutcome(subject: Subject, action: Action, record: EngineRecord): string {
  if (!canReachAny(subject, action, "company")) return "FORBIDDEN";
  if (!decide(subject, "view", "company", record).allowed) return "NOT_FOUND";
  return decide(subject, action, "company", record).allowed ? "ok" : "FORBIDDEN";
}

async function createFixture(db: PrismaClient, responsibleName: string): Promise<TFixture> {
  const responsible = await findPersona(db, responsibleName);
  const { directionId } = await db.employee.findUniqueOrThrow({ where: { id: responsible.id } });
  return db.company.create({
    data: {
      projectId: responsible.projectId,
      name: `Fixture of ${responsibleName}`,
      responsibleId: responsible.id,
      directionId,
    },
    select: { id: true, version: true, responsibleId: true },
  });
}

describe("who can reach each procedure", () => {
  it("every procedure of the router has a case", () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(CASES).sort());
  });

  it("answers every persona as the engine decides, on a company inside and outside their reach", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const matrix: Record<string, Record<string, string>> = {};

    for (const owner of ["ivanova", "horakova"]) {
      const shared = await createFixture(db, owner);
      for (const persona of PERSONAS) {
        const employee = await findPersona(db, persona);
        const row: Record<string, string> = {};
        for (const [path, testCase] of Object.entries(CASES)) {
          const company = testCase.fresh ? await createFixture(db, owner) : shared;
          const loaded = await loadSubject(db, {
            employeeId: employee.id,
            clientIp: "127.0.0.1",
            now: new Date(),
          });
          const stored = await db.company.findUniqueOrThrow({
            where: { id: company.id },
            select: engineRecordSelect("company"),
          });
          const actual = await outcomeOf(
            testCase.call(await callerFor(db, persona), company, ivanova.id),
          );
          if (
            testCase.action &&
            path !== "companies.create" &&
            path !== "companies.list" &&
            path !== "companies.count" &&
            loaded
          ) {
            expect({ persona, path, owner, outcome: actual }).toEqual({
              persona,
              path,
              owner,
              outcome: expectedOutcome(loaded.subject, testCase.action, toEngineRecord(stored)),
            });
          }
          row[path] = actual;
        }
        matrix[`${persona} on ${owner}'s company`] = row;
      }
    }

    // A diff here is a permission change: review it, never refresh it blindly.
    expect(matrix).toMatchSnapshot();
  }, 120_000);
});

import type { PrismaClient } from "@charter/db/client";
import { engineRecordSelect, toEngineRecord } from "@charter/db/permissions";
import { describe, expect, it } from "vitest";

import { findFirstOf } from "../domain/access/record-models";
import { loadSubject } from "../domain/subject/load-subject";
import { appRouter } from "../root";
import { expectedOnRecord, expectedOnResource, outcomeOf } from "../testing/access-matrix/judge";
import type {
  TAccessCase,
  TAccessCases,
  TFixture,
  TFixtureFactory,
} from "../testing/access-matrix/types";
import { B2B_PERSONAS, callerFor, findPersona, useSeededDatabase } from "../testing/personas";
import { ACCESS_CASES_BY_ROUTER } from "./access-cases";

const getDb = useSeededDatabase();

// Ivanova's rows are inside some personas' reach; Horáková's, in another team, outside.
const OWNERS = ["ivanova", "horakova"];

/** What the engine says the call must answer, or null when the case is not judged. */
async function expectedOutcome(
  db: PrismaClient,
  persona: string,
  testCase: TAccessCase,
  fixture: TFixture | null,
): Promise<string | null> {
  const judge = testCase.judge ?? (fixture?.record ? "record" : "reach");
  if (!testCase.action || judge === "none") return null;
  const employee = await findPersona(db, persona);
  const loaded = await loadSubject(db, {
    employeeId: employee.id,
    clientIp: "127.0.0.1",
    now: new Date(),
  });
  if (!loaded) return null;
  if (judge === "record" && fixture?.record) {
    const stored = await findFirstOf(
      db,
      fixture.record,
    )({ where: { id: fixture.id }, select: engineRecordSelect(fixture.record) });
    if (stored) {
      return expectedOnRecord(
        loaded.subject,
        testCase.action,
        fixture.record,
        toEngineRecord(stored),
      );
    }
  }
  return expectedOnResource(loaded.subject, testCase.action, testCase.resource);
}

/** Each persona calls each procedure on rows of each owner; returns the outcomes. */
async function runMatrix(cases: TAccessCases) {
  const db = getDb();
  const ivanova = await findPersona(db, "ivanova");
  const matrix: Record<string, Record<string, string>> = {};
  for (const owner of OWNERS) {
    const shared = new Map<TFixtureFactory, TFixture>();
    const fixtureFor = async (testCase: TAccessCase): Promise<TFixture | null> => {
      const factory = testCase.fixture;
      if (!factory) return null;
      if (testCase.fresh) return factory(db, owner);
      const existing = shared.get(factory) ?? (await factory(db, owner));
      shared.set(factory, existing);
      return existing;
    };
    // Every seeded persona of the B2B project, each acting from an allowed address.
    for (const persona of B2B_PERSONAS) {
      const row: Record<string, string> = {};
      for (const [path, testCase] of Object.entries(cases)) {
        const fixture = await fixtureFor(testCase);
        // Judged before the call: a delete would leave nothing to judge.
        const expected = await expectedOutcome(db, persona, testCase, fixture);
        const actual = await outcomeOf(
          testCase.call(
            await callerFor(db, persona),
            fixture ?? { id: crypto.randomUUID(), version: 1, responsibleId: ivanova.id },
            { db, ivanovaId: ivanova.id },
          ),
        );
        if (expected !== null) {
          expect({ persona, path, owner, outcome: actual }).toEqual({
            persona,
            path,
            owner,
            outcome: expected,
          });
        }
        row[path] = actual;
      }
      matrix[`${persona} on ${owner}'s row`] = row;
    }
  }
  return matrix;
}

describe("who can reach each procedure", () => {
  it("every procedure of the router has a case", () => {
    const cased = Object.values(ACCESS_CASES_BY_ROUTER).flatMap((cases) => Object.keys(cases));
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(cased.sort());
  });

  // A diff in a snapshot is a permission change: review it, never refresh it blindly.
  it.each(Object.entries(ACCESS_CASES_BY_ROUTER))(
    "%s: answers every persona as the engine decides, inside and outside their reach",
    async (router, cases) => {
      const matrix = await runMatrix(cases);
      // Router keys are camelCase (`savedFilters`), their folders kebab-case.
      const folder = router.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      await expect(`${JSON.stringify(matrix, null, 2)}\n`).toMatchFileSnapshot(
        `./${folder}/__snapshots__/${folder}.access.snap`,
      );
    },
    600_000,
  );
});

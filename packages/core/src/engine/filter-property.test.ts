import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { arbitraryWorld, hydrateRow, worldChecks, type World } from "../testing";
import { createPermissionCache } from "./cache";
import { decide } from "./decide";
import { compilePredicate, evaluateSql } from "./evaluate";
import { filter } from "./filter";
import type { SubjectPlans } from "./subject-plans";

// PERMISSIONS.md "Lists, counts, search and reports": decide and filter agree on every
// record. The tree is evaluated the way SQL would (three-valued, null = unknown), so a
// null mistake in the tree shows up here before it shows up in PostgreSQL.

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

function disagreements(world: World, cached: boolean): string[] {
  const problems: string[] = [];
  const options = cached
    ? { cache: createPermissionCache<SubjectPlans>() }
    : ({ cache: false } as const);
  const subject = cached ? { ...world.subject, permissionVersion: 1 } : world.subject;
  for (const { action, resource } of worldChecks()) {
    const tree = filter(subject, action, resource, options);
    if (JSON.stringify(tree).includes('"op":"not"'))
      problems.push(`${action} ${resource}: tree has not`);
    const twoValued = compilePredicate(tree);
    for (const row of world.rows[resource]) {
      const record = hydrateRow(world, resource, row);
      const decision = decide(subject, action, resource, record, options);
      const sql = evaluateSql(tree, record) === true;
      if (decision.allowed !== sql || twoValued(record) !== sql) {
        if (problems.length >= 3) return problems;
        problems.push(
          `${action} ${resource} ${row.id}: decide=${decision.allowed} (${JSON.stringify(decision.reason)}) sql=${sql} tree=${JSON.stringify(tree)}`,
        );
      }
    }
  }
  return problems;
}

function assertAgreement(world: World, cached: boolean): void {
  const problems = disagreements(world, cached);
  // A thrown Error keeps fast-check's report small while it shrinks (its seed is printed).
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

describe("filter agrees with decide on every record (in memory, SQL null semantics)", () => {
  it("over 300 random worlds", () => {
    fc.assert(
      fc.property(arbitraryWorld(), (world) => assertAgreement(world, false)),
      { numRuns: 300, ...(seed === undefined ? {} : { seed }) },
    );
    // Every world runs, however busy the machine: a time limit would quietly check fewer.
  }, 120_000);

  it("and through the version cache", () => {
    fc.assert(
      fc.property(arbitraryWorld(), (world) => assertAgreement(world, true)),
      { numRuns: 100, ...(seed === undefined ? {} : { seed }) },
    );
  }, 120_000);

  it("worlds reach both outcomes often enough to mean something", () => {
    let allowed = 0;
    let denied = 0;
    for (const world of fc.sample(arbitraryWorld(), {
      numRuns: 100,
      interruptAfterTimeLimit: 30_000,
      seed: 42,
    })) {
      for (const { action, resource } of worldChecks()) {
        for (const row of world.rows[resource]) {
          const ok = decide(world.subject, action, resource, hydrateRow(world, resource, row), {
            cache: false,
          }).allowed;
          if (ok) allowed += 1;
          else denied += 1;
        }
      }
    }
    expect(allowed).toBeGreaterThan(500);
    expect(denied).toBeGreaterThan(500);
  });
});

import { cpus, availableParallelism } from "node:os";

import { decide } from "../src/engine/decide";
import { filter } from "../src/engine/filter";
import { countBindParameters } from "../src/engine/predicate";
import { createPermissionCache } from "../src/engine/cache";
import type { SubjectPlans } from "../src/engine/subject-plans";
import { buildPersonas, type Persona } from "./personas";

// `pnpm --filter @charter/core bench`: decide against CASL in the same process and run,
// then filter build times and bind parameters. Prints a Markdown report.

// Short alternating rounds: the machine is shared, so both engines see the same noise, and
// the ratio is the median of the per-round ratios.
const ROUNDS = 15;
const ROUND_MS = 150;

/** Runs `body` (which does `batch` checks) until `ms` elapse; returns checks per second. */
function opsPerSecond(body: () => number, batch: number, ms: number): number {
  let checks = 0;
  let sink = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < end) {
    sink += body();
    checks += batch;
    now = process.hrtime.bigint();
  }
  if (sink < 0) console.log(sink);
  return checks / (Number(now - start) / 1e9);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function checkers(persona: Persona) {
  const { subject, action, records, caslRecords, ability } = persona;
  const ours = () => {
    let allowed = 0;
    for (const record of records) if (decide(subject, action, "deal", record).allowed) allowed += 1;
    return allowed;
  };
  const casl = () => {
    let allowed = 0;
    for (const record of caslRecords) if (ability.can(action, record as never)) allowed += 1;
    return allowed;
  };
  if (ours() !== casl())
    throw new Error(`${persona.name}: Charter and CASL disagree on the records`);
  return { ours, casl, batch: records.length };
}

/** Every persona through both engines first: a server sees all kinds of users at once. */
function warmUp(personas: Persona[]): void {
  for (let pass = 0; pass < 2; pass += 1) {
    for (const persona of personas) {
      const { ours, casl, batch } = checkers(persona);
      opsPerSecond(ours, batch, 100);
      opsPerSecond(casl, batch, 100);
    }
  }
}

function measureDecide(persona: Persona): { ours: number; casl: number; ratio: number } {
  const { ours, casl, batch } = checkers(persona);
  const oursRuns: number[] = [];
  const caslRuns: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    oursRuns.push(opsPerSecond(ours, batch, ROUND_MS));
    caslRuns.push(opsPerSecond(casl, batch, ROUND_MS));
  }
  const ratios = oursRuns.map((ours, i) => ours / (caslRuns[i] ?? Number.NaN));
  return { ours: median(oursRuns), casl: median(caslRuns), ratio: median(ratios) };
}

function microseconds(body: () => unknown, iterations: number): number {
  for (let i = 0; i < Math.min(iterations, 200); i += 1) body();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) body();
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
}

function measureFilter(persona: Persona) {
  const { subject, action } = persona;
  const cold = microseconds(() => filter(subject, action, "deal", { cache: false }), 2000);
  const cache = createPermissionCache<SubjectPlans>();
  const warm = microseconds(() => filter(subject, action, "deal", { cache }), 200_000);
  // A new subject object per request, same permission version: the version cache answers.
  // The objects are made before the clock starts; building them is the caller's cost.
  const requests = Array.from({ length: 50_000 }, (_, i) => ({ ...subject, name: `request ${i}` }));
  let n = 0;
  const warmNewRequest = microseconds(
    () => filter(requests[n++ % requests.length] ?? subject, action, "deal", { cache }),
    50_000,
  );
  return {
    cold,
    warm,
    warmNewRequest,
    binds: countBindParameters(filter(subject, action, "deal", { cache: false })),
  };
}

const format = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function main(): void {
  const personas = buildPersonas();
  warmUp(personas);
  const decideRows: string[] = [];
  const filterRows: string[] = [];
  for (const persona of personas) {
    const { ours, casl, ratio } = measureDecide(persona);
    decideRows.push(
      `| ${persona.name} | ${persona.action} | ${format(ours)} | ${format(casl)} | ${format(ratio, 1)}× |`,
    );
    const f = measureFilter(persona);
    filterRows.push(
      `| ${persona.name} | ${format(f.cold, 1)} | ${format(f.warm, 2)} | ${format(f.warmNewRequest, 2)} | ${f.binds} |`,
    );
  }
  const cpu = cpus()[0]?.model ?? "unknown";
  console.log(`Machine: ${availableParallelism()} CPUs (nproc), ${cpu}, Node ${process.version}`);
  console.log(
    `decide: ${ROUNDS} alternating rounds of ${ROUND_MS} ms each over 1,000 deals per persona (about half allowed); medians, and the median of the per-round ratios.\n`,
  );
  console.log("| persona | action | Charter decide ops/s | CASL can ops/s | ratio |");
  console.log("|---|---|---:|---:|---:|");
  console.log(decideRows.join("\n"));
  console.log(
    "\n| persona | filter cold µs | filter warm µs (same subject) | filter warm µs (new request, same version) | bind parameters |",
  );
  console.log("|---|---:|---:|---:|---:|");
  console.log(filterRows.join("\n"));
}

main();

import { availableParallelism, cpus, loadavg } from "node:os";

import { createPrismaClient } from "@charter/db/client";
import { applyMigrations } from "@charter/db/migrate";
import { seedDatabase } from "@charter/db/seed";
import { createTestDatabase, newTestDatabaseName } from "@charter/db/testing";

import type { TProjectScope } from "../src/domain/access/project-scope";
import { computeActivitiesByEmployee } from "../src/domain/reports/activities-by-employee";
import { computeConversion } from "../src/domain/reports/conversion-by-stage";
import { computePipelineValue } from "../src/domain/reports/pipeline-value";
import { buildReportQuery, type TReportName } from "../src/domain/reports/report-scope";
import { computeWonLost } from "../src/domain/reports/won-lost-by-month";
import { appRouter } from "../src/root";
import { createPersonaContext, findPersona } from "../src/testing/personas";
import { createCallerFactory } from "../src/trpc";
import { scaleUp, scopeOf } from "./bench-data";
import { reportPeers } from "./report-peers";

// `pnpm --filter @charter/api bench:reports`: the four director reports through the API, for
// an Admin and a sales rep, each beside a peer: the same aggregate in plain SQL over the whole
// project, without the permission filter. Prints a Markdown table. BENCH_SCALE=n clones the
// seeded deals (with their stage history) and activities n times over.

const SCALE = Math.max(1, Number(process.env.BENCH_SCALE ?? "1"));
// Short alternating rounds: the machine is shared, so both sides see the same noise, and the
// ratio is the median of the per-round ratios.
const ROUNDS = 12;
const CALLS_PER_ROUND = 5;
const PERSONAS = ["admin", "ivanova"] as const;
const PRAGUE = "Europe/Prague";
const REPORTS = ["pipelineValue", "wonLost", "activities", "conversion"] as const;

const createCaller = createCallerFactory(appRouter);
type TCaller = ReturnType<typeof createCaller>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Milliseconds per call of `body`, over `calls` calls run one after another. */
async function msPerCall(body: () => Promise<unknown>, calls: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let call = 0; call < calls; call += 1) await body();
  return Number(process.hrtime.bigint() - start) / 1e6 / calls;
}

type TSide = () => Promise<unknown>;

/** The call, its domain query alone and the peer, in alternating rounds. */
async function measure(call: TSide, query: TSide, peer: TSide) {
  for (let warm = 0; warm < 3; warm += 1) {
    await call();
    await query();
    await peer();
  }
  const runs = { call: [] as number[], query: [] as number[], peer: [] as number[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    runs.call.push(await msPerCall(call, CALLS_PER_ROUND));
    runs.query.push(await msPerCall(query, CALLS_PER_ROUND));
    runs.peer.push(await msPerCall(peer, CALLS_PER_ROUND));
  }
  const ratio = (side: number[]) =>
    median(side.map((ms, index) => ms / (runs.peer[index] ?? Number.NaN)));
  return {
    call: median(runs.call),
    query: median(runs.query),
    peer: median(runs.peer),
    callRatio: ratio(runs.call),
    queryRatio: ratio(runs.query),
  };
}

/** Before timing anything: the Admin's figures are the peers' figures. */
async function assertPeersAgree(
  admin: ReturnType<typeof calls> | undefined,
  peers: ReturnType<typeof reportPeers>,
): Promise<void> {
  if (!admin) throw new Error("No Admin side to check.");
  const pipeline = await admin.pipelineValue();
  const pipelinePeer = await peers.pipelineValue();
  const conversion = await admin.conversion();
  const conversionPeer = await peers.conversion();
  const ours = conversion.pipelines
    .flatMap((row) => row.stages)
    .map((row) => `${row.stage.id}:${row.entered}:${row.advanced}:${row.won}`)
    .sort();
  const theirs = conversionPeer.map(
    (row) => `${row.stageId}:${row.entered}:${row.advanced}:${row.won}`,
  );
  if (
    pipeline.totals.count !== pipelinePeer.reduce((sum, row) => sum + row.count, 0) ||
    JSON.stringify(ours) !== JSON.stringify(theirs)
  ) {
    throw new Error("The Admin's reports and the plain SQL disagree: nothing to compare.");
  }
}

function calls(caller: TCaller) {
  return {
    pipelineValue: () => caller.reports.pipelineValue({}),
    wonLost: () => caller.reports.wonLost({}),
    activities: () => caller.reports.activities({}),
    conversion: () => caller.reports.conversion({}),
  };
}

async function main(): Promise<void> {
  const database = await createTestDatabase({ name: newTestDatabaseName("charter_bench") });
  const db = createPrismaClient({ url: database.url, poolMax: 4 });
  try {
    await applyMigrations({ connectionString: database.url });
    await seedDatabase(db);
    const admin = await findPersona(db, "admin");
    const projectId = admin.projectId;
    await scaleUp(db, projectId, SCALE);
    // Settle the bulk inserts (hint bits, visibility map, statistics) before anything is timed.
    await db.$executeRawUnsafe("VACUUM ANALYZE");

    const deals = await db.deal.count({ where: { projectId } });
    const activities = await db.activity.count({ where: { projectId } });
    const changes = await db.dealStageChange.count({ where: { deal: { projectId } } });
    const peers = reportPeers(db, projectId);
    // The report's domain function for a subject loaded once: the engine's filter and the
    // queries, without the per-request work every procedure shares (loading the subject).
    const queries = (scope: TProjectScope) => {
      const query = (name: TReportName) => buildReportQuery(scope, name, { timeZone: PRAGUE });
      return {
        pipelineValue: async () => computePipelineValue(db, await query("pipelineValue")),
        wonLost: async () => computeWonLost(db, await query("wonLost")),
        activities: async () => computeActivitiesByEmployee(db, await query("activities")),
        conversion: async () => computeConversion(db, await query("conversion")),
      };
    };

    const sides = [];
    for (const persona of PERSONAS) {
      const caller = createCaller(await createPersonaContext(db, persona));
      sides.push({ persona, ours: calls(caller), domain: queries(await scopeOf(db, persona)) });
    }
    await assertPeersAgree(sides[0]?.ours, peers);
    // Every side once over first: a server sees all kinds of users and reports at once.
    for (const { ours, domain } of sides) {
      for (const name of REPORTS) {
        await Promise.all([ours[name](), domain[name](), peers[name]()]);
      }
    }

    const rows: string[] = [];
    const counted: string[] = [];
    for (const { persona, ours, domain } of sides) {
      const pipeline = await ours.pipelineValue();
      counted.push(`${persona} counts ${pipeline.totals.count} open deals`);
      for (const name of REPORTS) {
        const result = await measure(ours[name], domain[name], peers[name]);
        rows.push(
          [
            persona,
            name,
            result.call.toFixed(1),
            result.query.toFixed(1),
            result.peer.toFixed(1),
            `${result.callRatio.toFixed(1)}×`,
            `${result.queryRatio.toFixed(1)}×`,
          ].join(" | "),
        );
      }
    }

    console.log(`# Reports benchmark (BENCH_SCALE=${SCALE})\n`);
    console.log(
      `Machine: ${availableParallelism()} CPUs, ${cpus()[0]?.model ?? "unknown"}, Node ${process.version}, load ${loadavg()
        .map((load) => load.toFixed(1))
        .join(" ")}.`,
    );
    console.log(
      `Data (B2B project): ${deals} deals, ${changes} stage changes, ${activities} activities.\n`,
    );
    console.log(
      [
        "call: the tRPC procedure (subject loaded from the database, engine filter, queries, output validated).",
        "query: the report's domain function alone, for a subject loaded once (filter and queries).",
        "peer: the same aggregate as one plain SQL statement over the whole project, no permission filter.",
        `Medians of ${ROUNDS} alternating rounds of ${CALLS_PER_ROUND} calls; ratios are medians of per-round ratios. ${counted.join("; ")}.\n`,
      ].join("\n"),
    );
    console.log("| persona | report | call ms | query ms | peer ms | call ÷ peer | query ÷ peer |");
    console.log("| ------- | ------ | ------: | -------: | ------: | ----------: | -----------: |");
    for (const row of rows) console.log(`| ${row} |`);
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

await main();

// pnpm start (after building the web app): database, migrations, seed, then `next start`.
// Without DATABASE_URL the embedded database lives in this process, so the process stays up
// for as long as the web server runs and shuts both down together.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import {
  assertPortFree,
  parsePort,
  POOL_MAX_ENV,
  resolveDatabase,
  runOrExit,
  type TResolvedDatabase,
} from "../src/connection";
import { createPrismaClient } from "../src/client";
import { applyMigrations, describeMigrationRun } from "../src/migrate";
import { formatCredentials, seedDatabase } from "../src/seed";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const WEB_DIR = join(REPO_ROOT, "apps/web");
const NEXT_STOP_TIMEOUT_MS = 10_000;

await runOrExit(async () => {
  const port = parsePort(process.env.PORT, 3000);
  await assertPortFree(port);

  const database = await resolveDatabase();
  try {
    console.log(`Using ${database.label}.`);
    const run = await applyMigrations({ connectionString: database.url });
    for (const line of describeMigrationRun(run)) console.log(line);
    await seed(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  startNext(port, database);
});

async function seed(database: TResolvedDatabase): Promise<void> {
  const prisma = createPrismaClient({ url: database.url, poolMax: database.poolMax });
  try {
    console.log(formatCredentials(await seedDatabase(prisma)));
  } finally {
    await prisma.$disconnect();
  }
}

function startNext(port: number, database: TResolvedDatabase): void {
  // apps/web/server.mjs serves the build like `next start`, and passes on each request's
  // socket address, which the IP check of IP-restricted employees needs.
  const next = spawn(process.execPath, [join(WEB_DIR, "server.mjs")], {
    cwd: WEB_DIR,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      [POOL_MAX_ENV]: String(database.poolMax),
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    next.kill(signal);
    setTimeout(() => next.kill("SIGKILL"), NEXT_STOP_TIMEOUT_MS).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  const finish = async (exitCode: number) => {
    await database.close().catch((error: unknown) => console.error(error));
    process.exit(exitCode);
  };
  next.on("error", (error) => {
    console.error(
      `Could not start the web server (${error.message}): run \`pnpm install\` and try again.`,
    );
    void finish(1);
  });
  next.on("exit", (code) => {
    void finish(stopping ? 0 : (code ?? 1));
  });
}

// pnpm db:migrate: applies pending migrations from prisma/migrations to DATABASE_URL, or to
// the embedded database when DATABASE_URL is unset.
import { resolveDatabase, runOrExit } from "../src/connection";
import { applyMigrations, describeMigrationRun } from "../src/migrate";

await runOrExit(async () => {
  const database = await resolveDatabase();
  try {
    console.log(`Migrating ${database.label}.`);
    const run = await applyMigrations({ connectionString: database.url });
    for (const line of describeMigrationRun(run)) console.log(line);
  } finally {
    await database.close();
  }
});

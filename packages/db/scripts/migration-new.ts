// Creates the next migration offline: the SQL between the schema the committed migrations
// produce (prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma.
// Usage: pnpm db:migration:new <name>   (lower-case words joined by underscores)
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffSchemas, isEmptyDiff } from "../src/schema-diff/diff-schemas";
import { migrationsDir, schemaPath, snapshotPath } from "../src/schema-diff/paths";
import { diffConnectionString } from "../src/schema-diff/diff-connection";

function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
    console.error(
      "Give the migration a name in lower-case words joined by underscores, e.g. `pnpm db:migration:new add_deal_source`.",
    );
    process.exit(2);
  }
  const from = existsSync(snapshotPath)
    ? { kind: "file" as const, path: snapshotPath }
    : { kind: "empty" as const };
  const sql = diffSchemas({
    from,
    to: { kind: "file", path: schemaPath },
    connectionString: await diffConnectionString(),
  });
  if (isEmptyDiff(sql)) {
    console.log("prisma/schema.prisma has no changes the migrations lack: nothing to create.");
    return;
  }
  const folder = path.join(migrationsDir, `${timestamp(new Date())}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql);
  copyFileSync(schemaPath, snapshotPath);
  console.log(
    `Created ${path.relative(process.cwd(), folder)}/migration.sql. Review it, add any SQL Prisma cannot express, and commit it with the snapshot.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Test fixtures in Prisma's layout: { "20250101000000_users": "create table ..." }.
export async function writeMigrations(
  migrations: Record<string, string>,
  dir?: string,
): Promise<string> {
  const migrationsDir = dir ?? (await mkdtemp(join(tmpdir(), "charter-migrations-")));
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(join(migrationsDir, name), { recursive: true });
    await writeFile(join(migrationsDir, name, "migration.sql"), sql);
  }
  return migrationsDir;
}

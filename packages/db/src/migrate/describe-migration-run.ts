import type { TMigrationRun } from "./apply-migrations";

// What the migrate and start scripts print after a run.
export function describeMigrationRun(run: TMigrationRun): string[] {
  const lines = run.applied.map(
    (migration) => `Applied ${migration.name} (${migration.durationMs} ms).`,
  );
  const total = run.applied.length + run.skipped.length;
  lines.push(
    run.applied.length === 0
      ? `No pending migrations: all ${total} already applied.`
      : `Database is up to date: ${plural(run.applied.length)} applied now, ${run.skipped.length} before.`,
  );
  return lines;
}

function plural(count: number): string {
  return count === 1 ? "1 migration" : `${count} migrations`;
}

import pg from "pg";

// The run's database has a name chosen before it exists (see e2e-run.ts), which
// createTestDatabase() cannot take, so these two statements are issued here.

export async function createDatabase(adminUrl: string, name: string): Promise<void> {
  await runAdminQuery(adminUrl, `create database ${assertIdentifier(name)}`);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  // FORCE ends the web server's pooled connections, which are still open at teardown.
  await runAdminQuery(adminUrl, `drop database if exists ${assertIdentifier(name)} with (force)`);
}

function assertIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`Refusing database name ${JSON.stringify(name)}.`);
  return name;
}

async function runAdminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

import { createServer } from "node:net";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { createTestDatabase, type TTestDatabase } from "../testing";
import { resolveDatabase } from "./resolve-database";

let database: TTestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

// A port that was free a moment ago: nothing listens there.
async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("expected a TCP address");
  return address.port;
}

describe("resolveDatabase with DATABASE_URL", () => {
  test("uses a reachable server as given", async () => {
    const resolved = await resolveDatabase({ env: { DATABASE_URL: database.url } });

    expect(resolved).toMatchObject({ url: database.url, embedded: false, poolMax: 10 });
    await resolved.close();
  });

  test.each([
    ["not a url", "it does not parse as a URL"],
    [
      "mysql://root:secret@localhost/charter",
      'it starts with "mysql://" instead of "postgresql://"',
    ],
  ])("refuses %s with one sentence that hides the password", async (url, reason) => {
    const error = await resolveDatabase({ env: { DATABASE_URL: url } }).catch((e: unknown) => e);

    expect(error).toMatchObject({
      code: "INVALID_URL",
      message: `DATABASE_URL is not a PostgreSQL URL (${reason}): set it like postgresql://user:password@localhost:5432/charter, or unset it to use the embedded database.`,
    });
    expect(String((error as Error).message)).not.toContain("secret");
  });

  test("says to start the server when nothing listens", async () => {
    const port = await findClosedPort();

    await expect(
      resolveDatabase({ env: { DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/charter` } }),
    ).rejects.toMatchObject({
      code: "SERVER_UNREACHABLE",
      message: `Cannot reach PostgreSQL on 127.0.0.1:${port} (ECONNREFUSED): start the server or fix DATABASE_URL, or unset it to use the embedded database.`,
    });
  });

  test("says to create a database that does not exist", async () => {
    const url = new URL(database.url);
    url.pathname = `/${database.name}_missing`;

    await expect(resolveDatabase({ env: { DATABASE_URL: url.toString() } })).rejects.toMatchObject({
      code: "DATABASE_MISSING",
      message: `Database "${database.name}_missing" does not exist on ${url.host}: create it (createdb -h ${url.hostname} -p ${url.port || 5432} -U postgres ${database.name}_missing) or point DATABASE_URL at an existing database, or unset it to use the embedded database.`,
    });
  });
});

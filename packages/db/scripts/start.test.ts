import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, expect, test } from "vitest";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));

let busy: Server;
let busyPort: number;

beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, resolve));
  const address = busy.address();
  if (address === null || typeof address === "string") throw new Error("expected a TCP address");
  busyPort = address.port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => busy.close(() => resolve()));
});

function runStart(
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

test("a busy port stops start with one sentence before the database is touched", async () => {
  // An unusable DATABASE_URL would fail with its own message if the database came first.
  const result = await runStart({ PORT: String(busyPort), DATABASE_URL: "not a url" });

  expect(result).toEqual({
    code: 1,
    stdout: "",
    stderr: `Port ${busyPort} is in use: stop the other server or set PORT to a free port (e.g. PORT=${busyPort + 1}).\n`,
  });
}, 30_000);

test("a PORT that is not a port is refused the same way", async () => {
  const result = await runStart({ PORT: "http", DATABASE_URL: "not a url" });

  expect(result).toEqual({
    code: 1,
    stdout: "",
    stderr: 'PORT must be a number from 1 to 65535, not "http": fix or unset it.\n',
  });
}, 30_000);

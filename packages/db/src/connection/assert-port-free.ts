import { createServer } from "node:net";

import { DbSetupError } from "./db-setup-error";

// Checked before the database starts so a busy port fails in a second, not after migrating
// and seeding. Listening on every interface matches what `next start` binds.
export async function assertPortFree(port: number): Promise<void> {
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, resolve);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new DbSetupError(
        "PORT_IN_USE",
        `Port ${port} is in use: stop the other server or set PORT to a free port (e.g. PORT=${port + 1}).`,
      );
    }
    throw error;
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new DbSetupError(
      "PORT_INVALID",
      `PORT must be a number from 1 to 65535, not "${value}": fix or unset it.`,
    );
  }
  return port;
}

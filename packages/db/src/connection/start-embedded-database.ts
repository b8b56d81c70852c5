import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

import { lockDataDir } from "./data-dir-lock";

export type TEmbeddedDatabase = {
  url: string;
  close: () => Promise<void>;
};

// Measured with pglite-socket 0.2.17: by default the server takes one connection and drops a
// second. With maxConnections > 1 it multiplexes every socket onto PGlite's one session, one
// protocol message at a time, keeping an open transaction to the socket that began it; but
// session state is shared (an advisory lock taken on one socket is granted on another) and a
// pool of four ran no faster than one. So each process pools a single connection, and the
// server's headroom lets several processes (the web server, a seed, psql) and a pool
// replacing a closed connection in without being turned away.
export const EMBEDDED_POOL_MAX = 1;
const EMBEDDED_MAX_CONNECTIONS = 10;

export async function startEmbeddedDatabase(dataDir: string): Promise<TEmbeddedDatabase> {
  await mkdir(dirname(dataDir), { recursive: true });
  const unlock = await lockDataDir(dataDir);
  let db: PGlite | undefined;
  try {
    db = await PGlite.create(dataDir);
    const server = new PGLiteSocketServer({
      db,
      host: "127.0.0.1",
      port: 0,
      maxConnections: EMBEDDED_MAX_CONNECTIONS,
    });
    await server.start();
    const openDb = db;
    let closing: Promise<void> | undefined;
    return {
      url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
      close: () => {
        closing ??= (async () => {
          await server.stop();
          await openDb.close();
          await unlock();
        })();
        return closing;
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    await unlock();
    throw error;
  }
}

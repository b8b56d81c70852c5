import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export * from "./generated/prisma/client";
export { Prisma } from "./generated/prisma/client";

export type CreatePrismaClientOptions = {
  url: string;
  // The embedded database serves one connection at a time; PostgreSQL takes a pool.
  poolMax?: number;
};

export function createPrismaClient({ url, poolMax = 10 }: CreatePrismaClientOptions): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolMax });
  return new PrismaClient({ adapter });
}

// One client per process: Next.js dev reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { charterDb?: PrismaClient };

export function getDb(): PrismaClient {
  if (globalForDb.charterDb) return globalForDb.charterDb;
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set: start Charter with `pnpm start`, or set DATABASE_URL to a PostgreSQL URL.",
    );
  }
  const poolMax = Number(process.env.DATABASE_POOL_MAX ?? "10");
  globalForDb.charterDb = createPrismaClient({ url, poolMax });
  return globalForDb.charterDb;
}

// Seeds the demo company into DATABASE_URL (or the embedded database) and prints the
// demo users. Safe to run again: it adds nothing the second time.
import { createPrismaClient } from "../src/client";
import { resolveDatabase, runOrExit } from "../src/connection";
import { applyMigrations } from "../src/migrate";
import { formatCredentials, seedDatabase } from "../src/seed";

await runOrExit(async () => {
  const database = await resolveDatabase();
  try {
    await applyMigrations({ connectionString: database.url });
    const prisma = createPrismaClient({ url: database.url, poolMax: database.poolMax });
    try {
      console.log(formatCredentials(await seedDatabase(prisma)));
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await database.close();
  }
});

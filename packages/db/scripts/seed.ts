// Seeds the demo company into DATABASE_URL (or the embedded database) and prints the
// demo users. Safe to run again: it adds nothing the second time.
import { createPrismaClient } from "../src/client";
import { resolveDatabase, runOrExit } from "../src/connection";
import { applyMigrations } from "../src/migrate";
import { seedDatabase } from "../src/seed";

await runOrExit(async () => {
  const database = await resolveDatabase();
  try {
    await applyMigrations({ connectionString: database.url });
    const prisma = createPrismaClient({ url: database.url, poolMax: database.poolMax });
    try {
      const users = await seedDatabase(prisma);
      console.log("Demo users (password for all: %s):", users[0]?.password ?? "");
      for (const user of users) console.log(`  ${user.email.padEnd(32)} ${user.name} — ${user.role}`);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await database.close();
  }
});

import path from "node:path";
import { defineConfig } from "prisma/config";

// Generate only: migrations are applied by our own runner (src/migrate), because the
// Prisma CLI's migrate needs a schema-engine binary it would download.
export default defineConfig({
  schema: path.join(import.meta.dirname, "../../prisma/schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "../../prisma/migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});

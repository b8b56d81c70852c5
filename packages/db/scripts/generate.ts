// `prisma generate` never runs the schema engine, but the CLI downloads one unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file: point it at this script.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = fileURLToPath(import.meta.url);
const packageDir = path.dirname(path.dirname(here));

const result = spawnSync("prisma", ["generate", "--config", "prisma.config.ts"], {
  cwd: packageDir,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: here,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);

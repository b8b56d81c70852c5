// SQL between two Prisma schemas, computed offline: Prisma 6.19's CLI (installed as
// `prisma-diff`) carries a WebAssembly schema engine that is used when its config names a
// driver adapter, so nothing is downloaded. It opens a connection to the database it is
// given, but only reads from it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);

export type SchemaSource = { kind: "empty" } | { kind: "file"; path: string };

export type DiffSchemasOptions = {
  from: SchemaSource;
  to: SchemaSource;
  // Any reachable PostgreSQL: the schema engine connects but changes nothing.
  connectionString: string;
};

// Prisma 6 wants the datasource URL and the classic generator; the rest is the same schema.
function toPrisma6Schema(source: string): string {
  return source
    .replace(
      /generator client \{[^}]*\}/,
      'generator client {\n  provider   = "prisma-client-js"\n  engineType = "client"\n}',
    )
    .replace(
      /datasource db \{[^}]*\}/,
      'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://localhost/unused"\n}',
    );
}

export function diffSchemas({ from, to, connectionString }: DiffSchemasOptions): string {
  const workDir = mkdtempSync(path.join(tmpdir(), "charter-diff-"));
  try {
    const sideArgs = (flag: "from" | "to", source: SchemaSource): string[] => {
      if (source.kind === "empty") return [`--${flag}-empty`];
      const file = path.join(workDir, `${flag}.prisma`);
      writeFileSync(file, toPrisma6Schema(readFileSync(source.path, "utf8")));
      return [`--${flag}-schema-datamodel`, file];
    };
    const fromArgs = sideArgs("from", from);
    const toArgs = sideArgs("to", to);
    // Without a `schema` in the config the CLI falls back to the native engines (and a
    // download), whatever `engine` says; any of the two schemas will do.
    const configSchema =
      to.kind === "file" ? "to.prisma" : from.kind === "file" ? "from.prisma" : undefined;
    const adapterEntry = require.resolve("@prisma/adapter-pg");
    writeFileSync(
      path.join(workDir, "prisma.config.mjs"),
      `import { PrismaPg } from ${JSON.stringify(adapterEntry)};
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: ${JSON.stringify(configSchema ? path.join(workDir, configSchema) : undefined)},
  adapter: async () => new PrismaPg({ connectionString: ${JSON.stringify(connectionString)} }),
};
`,
    );
    const cli = require.resolve("prisma-diff/build/index.js");
    const args = [
      cli,
      "migrate",
      "diff",
      ...fromArgs,
      ...toArgs,
      "--script",
      "--config",
      path.join(workDir, "prisma.config.mjs"),
    ];
    const result = spawnSync(process.execPath, args, {
      cwd: workDir,
      encoding: "utf8",
      env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    });
    if (result.status !== 0) {
      throw new Error(
        `Could not diff the Prisma schemas: ${(result.stderr || result.stdout).trim()}`,
      );
    }
    return result.stdout.replace(/^Loaded Prisma config.*\n+/m, "");
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

export function isEmptyDiff(sql: string): boolean {
  return sql.trim() === "" || sql.trim() === "-- This is an empty migration.";
}

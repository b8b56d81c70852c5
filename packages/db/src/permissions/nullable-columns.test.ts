import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaPath } from "../schema-diff/paths";
import { NULLABLE_COLUMNS } from "./nullable-columns";

// An optional scalar is `name Type?`; an optional relation has the same shape but names its
// foreign key in @relation, and the key is listed as a scalar of its own.
function nullableScalars(schema: string, model: string): string[] {
  const block = new RegExp(`^model ${model} \\{([\\s\\S]*?)^\\}`, "m").exec(schema)?.[1] ?? "";
  return block
    .split("\n")
    .filter((line) => !line.includes("@relation"))
    .flatMap((line) => /^\s+(\w+)\s+\w+\?(\s|$)/.exec(line)?.[1] ?? [])
    .sort();
}

describe("NULLABLE_COLUMNS", () => {
  const schema = readFileSync(schemaPath, "utf8");
  for (const [model, columns] of Object.entries(NULLABLE_COLUMNS)) {
    it(`matches schema.prisma for ${model}`, () => {
      expect([...columns].sort()).toEqual(nullableScalars(schema, model));
    });
  }
});

import { createTemplateDatabases } from "@charter/db/testing";
import type { TestProject } from "vitest/node";

/** One migrated and one seeded database per run, which every test file copies. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { templates, drop } = await createTemplateDatabases();
  project.provide("charterTemplates", templates);
  return drop;
}

import type { PrismaClient } from "../client";
import { DEMO_PASSWORD, DEMO_PROJECTS } from "./demo-org";
import { createRandom } from "./random";
import { seedClients, type TClientVolumes } from "./seed-clients";
import { seedFields } from "./seed-fields";
import { projectIds, seedProjectOrg, seedUsers } from "./seed-org";
import { seedGroupsAndOverrides, seedRoles } from "./seed-roles";

export { importMasterData, ZMasterData, type TMasterData } from "./master-data";
export { DEMO_PASSWORD } from "./demo-org";
export { formatCredentials } from "./format-credentials";
export { copyDefaultSections } from "./seed-fields";
export { copyRoleTemplates } from "./seed-roles";

export type TDemoCredential = { email: string; password: string; name: string; role: string };

export type TSeedOptions = {
  // Dates are spread back from this instant, so dashboards show the last twelve months.
  now?: Date;
  seed?: number;
};

const VOLUMES: Record<"b2b" | "b2c", TClientVolumes> = {
  b2b: { companies: 240, contactsPerCompany: [1, 3], deals: 300, activities: 600, tasks: 120 },
  b2c: { companies: 60, contactsPerCompany: [1, 2], deals: 90, activities: 200, tasks: 40 },
};

// Builds the demo company. Every row has an id derived from its key and is inserted with
// ON CONFLICT DO NOTHING, so running the seed again adds nothing; the whole seed is one
// transaction, so a failure leaves the database as it was.
export async function seedDatabase(
  prisma: PrismaClient,
  options: TSeedOptions = {},
): Promise<TDemoCredential[]> {
  const now = options.now ?? new Date();
  const random = createRandom(options.seed ?? 20_261_122);
  await prisma.$transaction(
    async (tx) => {
      await seedUsers(tx, DEMO_PROJECTS);
      for (const project of DEMO_PROJECTS) {
        const ids = projectIds(project);
        await seedProjectOrg(tx, ids, now);
        await seedRoles(tx, ids);
        await seedGroupsAndOverrides(tx, ids);
        await seedFields(tx, ids);
        await seedClients(tx, ids, VOLUMES[project.key], random, now);
      }
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return credentials();
}

function credentials(): TDemoCredential[] {
  const byEmail = new Map<string, TDemoCredential>();
  for (const project of DEMO_PROJECTS) {
    for (const person of project.people) {
      if (byEmail.has(person.email)) continue;
      byEmail.set(person.email, {
        email: person.email,
        password: DEMO_PASSWORD,
        name: person.name,
        role: `${person.position} (${person.roleKeys.join(", ")})`,
      });
    }
  }
  return [...byEmail.values()];
}

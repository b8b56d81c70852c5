import type { PrismaClient } from "@charter/db/client";

import { callerFor, findPersona } from "../../testing/personas";

export const PASSWORD = "a-long-first-password";

/** A new Employee under Petrov, created by the Admin through the API; signed in by e-mail. */
export async function createRep(getDb: () => PrismaClient, extra: { shownInList?: boolean } = {}) {
  const admin = await callerFor(getDb(), "admin");
  const petrov = await findPersona(getDb(), "petrov");
  const email = `rep-${crypto.randomUUID()}@example.test`;
  const employee = await admin.employees.create({
    name: `Rep ${email.slice(4, 12)}`,
    email,
    password: PASSWORD,
    userType: "employee",
    managerId: petrov.id,
    ...extra,
  });
  return { employee, email };
}

/** Lets one employee see and edit employees, as a per-user override would (D-area). */
export async function allowEditingEmployees(getDb: () => PrismaClient, employeeId: string) {
  await getDb().permissionOverride.createMany({
    data: (["view", "edit"] as const).map((action) => ({
      employeeId,
      resource: "settings.employees",
      action,
      effect: "allow" as const,
    })),
  });
}

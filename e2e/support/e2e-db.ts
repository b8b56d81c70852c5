import { hashPassword } from "@charter/api/auth";
import { createPrismaClient, type EmployeeStatus, type PrismaClient } from "@charter/db/client";

import { resolveE2eRun } from "./e2e-run";

let db: PrismaClient | undefined;

/** The run's database, for specs that arrange state the seed does not have. */
export function getE2eDb(): PrismaClient {
  db ??= createPrismaClient({ url: resolveE2eRun().databaseUrl, poolMax: 2 });
  return db;
}

export async function disconnectE2eDb(): Promise<void> {
  await db?.$disconnect();
  db = undefined;
}

/** A fresh account with one Employee in the first seeded project; its own, so specs never collide. */
export async function createE2eMember(options: {
  name: string;
  status?: EmployeeStatus;
  accessExpiresAt?: Date;
}) {
  const prisma = getE2eDb();
  const project = await prisma.project.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const password = `pw-${crypto.randomUUID()}`;
  const user = await prisma.user.create({
    data: {
      email: `e2e-${crypto.randomUUID()}@charter.invalid`,
      name: options.name,
      passwordHash: await hashPassword(password),
    },
  });
  const employeeId = crypto.randomUUID();
  const employee = await prisma.employee.create({
    data: {
      id: employeeId,
      projectId: project.id,
      userId: user.id,
      name: options.name,
      position: "Temporary representative",
      userType: "admin",
      managerPath: `/${employeeId}/`,
      status: options.status ?? "active",
      accessExpiresAt: options.accessExpiresAt ?? null,
    },
  });
  return { email: user.email, password, user, employee, project };
}

import type { EmployeeStatus, PrismaClient, UserType } from "@charter/db/client";

import { hashPassword } from "../domain/auth/password-hash";

export const TEST_PASSWORD = "correct horse battery staple";

export async function createTestProject(db: PrismaClient, name = "Acme B2B") {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${crypto.randomUUID().slice(0, 8)}`;
  return db.project.create({ data: { name, slug } });
}

export async function createTestUser(
  db: PrismaClient,
  overrides: { email?: string; name?: string; password?: string } = {},
) {
  return db.user.create({
    data: {
      email: (overrides.email ?? `user-${crypto.randomUUID()}@example.test`).toLowerCase(),
      name: overrides.name ?? "Test User",
      passwordHash: await hashPassword(overrides.password ?? TEST_PASSWORD),
    },
  });
}

export type TTestEmployeeOptions = {
  projectId: string;
  userId: string;
  name?: string;
  position?: string | null;
  userType?: UserType;
  status?: EmployeeStatus;
  accessExpiresAt?: Date | null;
};

export async function createTestEmployee(db: PrismaClient, options: TTestEmployeeOptions) {
  const id = crypto.randomUUID();
  return db.employee.create({
    data: {
      id,
      projectId: options.projectId,
      userId: options.userId,
      name: options.name ?? "Test Employee",
      position: options.position ?? null,
      userType: options.userType ?? "admin",
      managerPath: `/${id}/`,
      status: options.status ?? "active",
      accessExpiresAt: options.accessExpiresAt ?? null,
    },
  });
}

/** A user with one Employee in a fresh project: the usual subject of a test. */
export async function createTestMember(
  db: PrismaClient,
  options: Partial<Omit<TTestEmployeeOptions, "projectId" | "userId">> & {
    email?: string;
    password?: string;
  } = {},
) {
  const project = await createTestProject(db);
  const user = await createTestUser(db, {
    email: options.email,
    name: options.name,
    password: options.password,
  });
  const employee = await createTestEmployee(db, { ...options, projectId: project.id, userId: user.id });
  return { project, user, employee };
}

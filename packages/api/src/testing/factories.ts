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
  managerId?: string | null;
  status?: EmployeeStatus;
  accessExpiresAt?: Date | null;
};

export async function createTestEmployee(db: PrismaClient, options: TTestEmployeeOptions) {
  return db.employee.create({
    data: {
      projectId: options.projectId,
      userId: options.userId,
      name: options.name ?? "Test Employee",
      position: options.position ?? null,
      userType: options.userType ?? "admin",
      managerId: options.managerId ?? null,
      // Derived by a database trigger from the manager chain; any value is overwritten.
      managerPath: "",
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
  // The database insists that an Employee reports to an Administration user (SPEC C2).
  const managerId =
    options.managerId ??
    (options.userType === "employee" ? (await createTestManager(db, project.id)).id : null);
  const employee = await createTestEmployee(db, {
    ...options,
    managerId,
    projectId: project.id,
    userId: user.id,
  });
  return { project, user, employee };
}

async function createTestManager(db: PrismaClient, projectId: string) {
  const user = await createTestUser(db, { name: "Test Manager" });
  return createTestEmployee(db, {
    projectId,
    userId: user.id,
    name: "Test Manager",
    userType: "administration",
  });
}

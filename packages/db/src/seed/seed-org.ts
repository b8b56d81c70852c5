import { hash } from "@node-rs/argon2";
import type { Prisma } from "../client";
import { DEMO_PASSWORD, type TDemoPerson, type TDemoProject } from "./demo-org";
import { stableId } from "./stable-id";

export type TSeededProject = {
  project: TDemoProject;
  projectId: string;
  employeeId(personKey: string): string;
  departmentId(key: string): string;
  directionId(key: string): string;
};

const DAY_MS = 86_400_000;

export function projectIds(project: TDemoProject): TSeededProject {
  const projectId = stableId(`project:${project.key}`);
  return {
    project,
    projectId,
    employeeId: (personKey) => stableId(`employee:${project.key}:${personKey}`),
    departmentId: (key) => stableId(`department:${project.key}:${key}`),
    directionId: (key) => stableId(`direction:${project.key}:${key}`),
  };
}

// Users are shared across projects (one login, one Employee per project).
export async function seedUsers(
  tx: Prisma.TransactionClient,
  projects: TDemoProject[],
): Promise<void> {
  const people = new Map<string, TDemoPerson>();
  for (const project of projects)
    for (const person of project.people) people.set(person.email, person);
  const passwordHash = await hash(DEMO_PASSWORD);
  await tx.user.createMany({
    skipDuplicates: true,
    data: [...people.values()].map((person) => ({
      id: stableId(`user:${person.email}`),
      email: person.email,
      name: person.name,
      locale: person.locale,
      passwordHash,
    })),
  });
}

export async function seedProjectOrg(
  tx: Prisma.TransactionClient,
  ids: TSeededProject,
  now: Date,
): Promise<void> {
  const { project, projectId } = ids;
  await tx.project.createMany({
    skipDuplicates: true,
    data: [
      {
        id: projectId,
        slug: project.slug,
        name: project.name,
        legalName: project.legalName,
        registrationCountry: "cz",
        registrationNumber: project.registrationNumber,
        vatId: project.vatId,
        street: project.street,
        city: project.city,
        postalCode: project.postalCode,
        country: "CZ",
        email: project.email,
        phone: project.phone,
      },
    ],
  });
  // Parents before children: the path trigger reads the parent's path.
  for (const department of project.departments) {
    await tx.department.createMany({
      skipDuplicates: true,
      data: [
        {
          id: ids.departmentId(department.key),
          projectId,
          parentId: department.parentKey ? ids.departmentId(department.parentKey) : null,
          name: department.name,
        },
      ],
    });
  }
  await tx.branch.createMany({
    skipDuplicates: true,
    data: project.branches.map((branch) => ({
      id: stableId(`branch:${project.key}:${branch.key}`),
      projectId,
      name: branch.name,
      city: branch.city,
    })),
  });
  await tx.salesDirection.createMany({
    skipDuplicates: true,
    data: project.directions.map((direction) => ({
      id: ids.directionId(direction.key),
      projectId,
      code: direction.code,
      name: direction.name,
    })),
  });
  // Admins, then Administration users, then Employees: each level's manager exists first.
  for (const level of ["admin", "administration", "employee"] as const) {
    await tx.employee.createMany({
      skipDuplicates: true,
      data: project.people
        .filter((person) => person.userType === level)
        .map((person) => ({
          id: ids.employeeId(person.key),
          projectId,
          userId: stableId(`user:${person.email}`),
          name: person.name,
          position: person.position,
          userType: person.userType,
          managerId: person.managerKey ? ids.employeeId(person.managerKey) : null,
          departmentId: person.departmentKey ? ids.departmentId(person.departmentKey) : null,
          branchId: person.branchKey ? stableId(`branch:${project.key}:${person.branchKey}`) : null,
          directionId: person.directionKey ? ids.directionId(person.directionKey) : null,
          status: person.status ?? "active",
          accessExpiresAt: person.accessExpiresInDays
            ? new Date(now.getTime() + person.accessExpiresInDays * DAY_MS)
            : null,
          reminderIntervalMinutes: person.reminderIntervalMinutes ?? null,
        })),
    });
  }
  await tx.allowedIpRange.createMany({
    skipDuplicates: true,
    data: [
      {
        id: stableId(`ip:${project.key}:office`),
        projectId,
        label: "Office network",
        fromIp: "10.20.0.0",
        toIp: "10.20.255.255",
        cidr: "10.20.0.0/16",
      },
      {
        id: stableId(`ip:${project.key}:loopback`),
        projectId,
        label: "This machine",
        fromIp: "127.0.0.1",
        toIp: "127.0.0.1",
      },
    ],
  });
}

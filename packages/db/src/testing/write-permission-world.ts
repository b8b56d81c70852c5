import type { Prisma } from "../client";
import type { TCheckedResource, TPermissionWorld } from "./permission-world";

// Model delegates by resource: the rows of a world go in as they are.
const WRITERS: Record<
  TCheckedResource,
  (tx: Prisma.TransactionClient, data: Record<string, unknown>[]) => Promise<unknown>
> = {
  company: (tx, data) => tx.company.createMany({ data: data as Prisma.CompanyCreateManyInput[] }),
  contact: (tx, data) => tx.contact.createMany({ data: data as Prisma.ContactCreateManyInput[] }),
  deal: (tx, data) => tx.deal.createMany({ data: data as Prisma.DealCreateManyInput[] }),
  activity: (tx, data) =>
    tx.activity.createMany({ data: data as Prisma.ActivityCreateManyInput[] }),
  task: (tx, data) => tx.task.createMany({ data: data as Prisma.TaskCreateManyInput[] }),
  document: (tx, data) =>
    tx.document.createMany({ data: data as Prisma.DocumentCreateManyInput[] }),
  invoice: (tx, data) => tx.invoice.createMany({ data: data as Prisma.InvoiceCreateManyInput[] }),
};

/** Writes a world in dependency order; the database derives paths and record departments. */
export async function writePermissionWorld(
  tx: Prisma.TransactionClient,
  world: TPermissionWorld,
): Promise<void> {
  await tx.project.createMany({
    data: [
      { id: world.projectId, slug: "world-main", name: "Main" },
      { id: world.otherProjectId, slug: "world-other", name: "Other" },
    ],
  });
  for (const department of world.departments) {
    await tx.department.create({
      data: {
        id: department.id,
        projectId: world.projectId,
        parentId: department.parentId,
        name: department.id,
      },
    });
  }
  await tx.salesDirection.createMany({
    data: world.directionIds.map((id, index) => ({
      id,
      projectId: world.projectId,
      code: `D${index}`,
      name: `Direction ${index}`,
    })),
  });
  const people = [
    ...world.employees.map((employee) => ({ ...employee, projectId: world.projectId })),
    {
      id: world.otherAdminId,
      userType: "admin" as const,
      managerId: null,
      departmentId: null,
      directionId: null,
      projectId: world.otherProjectId,
    },
  ];
  await tx.user.createMany({
    data: people.map((person) => ({
      id: person.id,
      email: `${person.id}@world.test`,
      name: person.id,
      passwordHash: "-",
    })),
  });
  // Admins first, then the people who report to them.
  for (const level of ["admin", "administration", "employee"] as const) {
    await tx.employee.createMany({
      data: people
        .filter((person) => person.userType === level)
        .map((person) => ({
          ...person,
          userId: person.id,
          name: `Employee ${person.id.slice(0, 4)}`,
        })),
    });
  }
  await tx.pipeline.create({
    data: { id: world.pipelineId, projectId: world.projectId, key: "world", name: "World" },
  });
  await tx.stage.createMany({
    data: world.stageIds.map((id, position) => ({
      id,
      projectId: world.projectId,
      pipelineId: world.pipelineId,
      key: `s${position}`,
      name: `Stage ${position}`,
      position,
    })),
  });
  for (const [resource, write] of Object.entries(WRITERS) as [
    TCheckedResource,
    (typeof WRITERS)[TCheckedResource],
  ][]) {
    const rows = world.rows[resource];
    if (rows.length > 0) await write(tx, rows);
  }
}

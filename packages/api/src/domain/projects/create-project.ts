import { Prisma } from "@charter/db/client";
import { copyDefaultSections, copyRoleTemplates } from "@charter/db/seed";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { writeAudit } from "../audit/write-audit";
import { PROFILE_SELECT } from "./project-profile";

/** The signed-in person creating the project, and the address they do it from. */
export type TProjectCreator = {
  userId: string;
  email: string;
  name: string;
  position: string | null;
  ip: string | null;
};

/**
 * The engine has no grant for creating a project: it is an installation-level act, so, like
 * the protected operations of step 5, it is reserved to an Admin whatever roles say (A1).
 */
function assertAdmin(scope: TProjectScope): void {
  if (scope.subject.userType === "admin") return;
  throw new AppError("FORBIDDEN", { key: "projects.onlyAdminCreates" }, { rule: "protected" });
}

/**
 * A new project (A1) whose creator is its Admin, holding the Admin role, with every built-in
 * role template (D2) and the default card sections (F2) copied in, as the seed makes them.
 * Written in the creating project's audit log and in the new one's, so both show who did it.
 */
export async function createProject(
  scope: TProjectScope,
  creator: TProjectCreator,
  input: { name: string; slug?: string | undefined },
) {
  assertAdmin(scope);
  // Copying the templates writes a few hundred rows: more than the default 5 s on a busy host.
  return scope.db.$transaction(
    async (tx) => {
      const slug = input.slug ?? (await freeSlug(tx, slugFrom(input.name)));
      const project = await tx.project
        .create({ data: { name: input.name, slug }, select: PROFILE_SELECT })
        .catch((error: unknown) => {
          if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
            throw new AppError(
              "CONFLICT",
              { key: "projects.slugTaken", params: { slug } },
              { field: "slug" },
            );
          }
          throw error;
        });
      const admin = await tx.employee.create({
        data: {
          projectId: project.id,
          userId: creator.userId,
          name: creator.name,
          position: creator.position,
          userType: "admin",
        },
        select: { id: true },
      });
      await copyRoleTemplates(tx, project.id);
      const adminRole = await tx.role.findFirstOrThrow({
        where: { projectId: project.id, templateKey: "admin" },
        select: { id: true },
      });
      await tx.roleAssignment.create({
        data: { employeeId: admin.id, roleId: adminRole.id, assignedById: admin.id },
      });
      await copyDefaultSections(tx, project.id);

      const entry = { action: "create", resource: "settings.org", recordId: project.id };
      await scope.writeAudit(tx, { ...entry, after: project });
      await writeAudit(
        tx,
        {
          projectId: project.id,
          employeeId: admin.id,
          actorEmail: creator.email,
          ip: creator.ip,
        },
        { ...entry, after: { ...project, createdFrom: scope.project } },
      );
      return {
        project: { id: project.id, name: project.name, slug: project.slug },
        employeeId: admin.id,
      };
    },
    { timeout: 30_000 },
  );
}

/** "Acme Retail CZ" → "acme-retail-cz"; a name with no Latin letters gives "project". */
export function slugFrom(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  return ascii || "project";
}

// The base, or the first of base-2, base-3, … no project uses yet.
async function freeSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  const taken = new Set(
    (
      await tx.project.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })
    ).map((row) => row.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}

// The engine's two paths must agree on every record (PERMISSIONS.md): for random worlds
// written to PostgreSQL, the rows `filter` selects through Prisma are exactly the rows
// `decide` allows, for every checked resource and action. A failure prints fast-check's
// seed and path; replay with FC_SEED=<seed> FC_PATH=<path>.
import { decide, filter, type Subject } from "@charter/core/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Prisma, PrismaClient } from "../client";
import { useTestDatabase } from "../testing/use-test-database";
import {
  arbitraryPermissionWorld,
  CHECKED_ACTIONS,
  CHECKED_RESOURCES,
  WORLD_NOW,
  writePermissionWorld,
  type TCheckedResource,
  type TPermissionWorld,
} from "../testing";
import { engineRecordSelect, toEngineRecord, toPrismaReach } from ".";

const WORLDS = Number(process.env.PERMISSION_WORLDS ?? 200);

type TFindMany = (args: { where?: unknown; select: unknown }) => Promise<Record<string, unknown>[]>;

function delegate(tx: Prisma.TransactionClient, resource: TCheckedResource): TFindMany {
  const delegates: Record<TCheckedResource, { findMany: unknown }> = {
    company: tx.company,
    contact: tx.contact,
    deal: tx.deal,
    activity: tx.activity,
    task: tx.task,
    document: tx.document,
    invoice: tx.invoice,
  };
  const findMany = delegates[resource].findMany as TFindMany;
  return (args) => findMany(args);
}

async function loadSubject(
  tx: Prisma.TransactionClient,
  world: TPermissionWorld,
): Promise<Subject> {
  const me = await tx.employee.findUniqueOrThrow({
    where: { id: world.subject.employeeId },
    include: { department: { select: { path: true } } },
  });
  return {
    employeeId: me.id,
    projectId: me.projectId,
    userType: me.userType,
    status: world.subject.status,
    accessExpiresAt: world.subject.accessExpiresAt,
    managerPath: me.managerPath,
    departmentId: me.departmentId,
    departmentPath: me.department?.path ?? null,
    directionId: me.directionId,
    branchId: me.branchId,
    partnerCompanyId: world.subject.partnerCompanyId,
    roles: world.subject.roles,
    groups: world.subject.groups,
    overrides: world.subject.overrides,
    context: { now: WORLD_NOW, ipAllowed: world.subject.ipAllowed },
  };
}

type TMismatch = { resource: string; action: string; onlyDecide: string[]; onlyFilter: string[] };

async function compareWorld(prisma: PrismaClient, world: TPermissionWorld): Promise<TMismatch[]> {
  const rollback = new Error("rollback");
  const mismatches: TMismatch[] = [];
  await prisma
    .$transaction(
      async (tx) => {
        await writePermissionWorld(tx, world);
        const subject = await loadSubject(tx, world);
        for (const resource of CHECKED_RESOURCES) {
          const findMany = delegate(tx, resource);
          const rows = await findMany({ select: engineRecordSelect(resource) });
          for (const action of CHECKED_ACTIONS) {
            const allowed = rows
              .filter((row) => decide(subject, action, resource, toEngineRecord(row)).allowed)
              .map((row) => String(row.id))
              .sort();
            const reach = toPrismaReach(resource, filter(subject, action, resource));
            const selected =
              reach.kind === "all"
                ? rows.map((row) => String(row.id))
                : reach.kind === "none"
                  ? []
                  : (await findMany({ where: reach.where, select: { id: true } })).map((row) =>
                      String(row.id),
                    );
            selected.sort();
            if (JSON.stringify(allowed) !== JSON.stringify(selected)) {
              mismatches.push({
                resource,
                action,
                onlyDecide: allowed.filter((id) => !selected.includes(id)),
                onlyFilter: selected.filter((id) => !allowed.includes(id)),
              });
            }
          }
        }
        throw rollback;
      },
      { timeout: 60_000 },
    )
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  return mismatches;
}

describe("filter through Prisma agrees with decide", () => {
  const db = useTestDatabase();

  it(`on ${WORLDS} random worlds, for every checked resource and action`, async () => {
    const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
    await fc.assert(
      fc.asyncProperty(arbitraryPermissionWorld(), async (world) => {
        expect(await compareWorld(db(), world)).toEqual([]);
      }),
      { numRuns: WORLDS, seed, path: process.env.FC_PATH, endOnFailure: true },
    );
  }, 600_000);
});

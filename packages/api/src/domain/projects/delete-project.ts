import { decide, describeDecision } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { readProfileAtVersion } from "./project-profile";

/**
 * Deleting the project is a protected operation of the engine (PERMISSIONS.md step 5): only
 * an Admin, whatever a Director's roles grant (A3). Decided on the project as its target.
 */
function assertProjectDelete(scope: TProjectScope): void {
  const record = { projectId: scope.project.id, entity: "project" };
  const decision = decide(scope.subject, "delete", "settings.org", record);
  if (decision.allowed) return;
  const why = describeDecision(decision, {
    subject: scope.subject,
    action: "delete",
    resource: "settings.org",
    record,
  });
  throw new AppError(
    "FORBIDDEN",
    { key: "projects.mayNotDelete", params: { detail: why } },
    { rule: decision.reason.rule },
  );
}

/**
 * Deletes the current project with everything in it (A3), after the caller typed its name.
 * The audit entry is written first in the same transaction and outlives the project:
 * AuditEntry has no foreign key to Project, and its trigger refuses any delete.
 */
export async function deleteProject(
  scope: TProjectScope,
  input: { confirmName: string; version: number },
): Promise<void> {
  assertProjectDelete(scope);
  const projectId = scope.project.id;
  // A large project is many rows; a delete may take longer than the default 5 s.
  await scope.db.$transaction(
    async (tx) => {
      // Holding the row keeps new records out (their foreign key needs it) until we are done.
      await tx.$executeRaw`select 1 from "Project" where id = ${projectId}::uuid for update`;
      const before = await readProfileAtVersion(tx, projectId, input.version);
      if (input.confirmName.trim() !== before.name) {
        throw new AppError(
          "INVALID_INPUT",
          { key: "projects.confirmName", params: { name: before.name } },
          { field: "confirmName" },
        );
      }
      const removed = await countContents(tx, projectId);
      await scope.writeAudit(tx, {
        action: "delete",
        resource: "settings.org",
        recordId: projectId,
        before: { ...before, removed },
      });
      await deleteProjectRows(tx, projectId);
    },
    { timeout: 120_000 },
  );
}

async function countContents(tx: Prisma.TransactionClient, projectId: string) {
  const where = { projectId };
  const [employees, companies, contacts, objects, deals, activities, tasks, invoices] =
    await Promise.all([
      tx.employee.count({ where }),
      tx.company.count({ where }),
      tx.contact.count({ where }),
      tx.crmObject.count({ where }),
      tx.deal.count({ where }),
      tx.activity.count({ where }),
      tx.task.count({ where }),
      tx.invoice.count({ where }),
    ]);
  return { employees, companies, contacts, objects, deals, activities, tasks, invoices };
}

type TDeleteStep = readonly [
  table: string,
  run: (tx: Prisma.TransactionClient, projectId: string) => Promise<unknown>,
];

/**
 * Every row of the project goes with it by cascade, except where a row points at another ON
 * DELETE RESTRICT (a record at its responsible, a deal at its stage, an invoice at its
 * company, a deal line at its product): PostgreSQL checks those as the cascade reaches them.
 * So the referrers go first, in this order, then the project cascades the rest. A test
 * holds this order against the schema's RESTRICT keys.
 */
export const DELETE_FIRST: readonly TDeleteStep[] = [
  ["Invoice", (tx, projectId) => tx.invoice.deleteMany({ where: { projectId } })],
  ["DealProduct", (tx, projectId) => tx.dealProduct.deleteMany({ where: { deal: { projectId } } })],
  ["Deal", (tx, projectId) => tx.deal.deleteMany({ where: { projectId } })],
  ["Activity", (tx, projectId) => tx.activity.deleteMany({ where: { projectId } })],
  ["Reminder", (tx, projectId) => tx.reminder.deleteMany({ where: { projectId } })],
  ["Task", (tx, projectId) => tx.task.deleteMany({ where: { projectId } })],
  ["Document", (tx, projectId) => tx.document.deleteMany({ where: { projectId } })],
  ["Interest", (tx, projectId) => tx.interest.deleteMany({ where: { projectId } })],
  ["CrmObject", (tx, projectId) => tx.crmObject.deleteMany({ where: { projectId } })],
  ["Contact", (tx, projectId) => tx.contact.deleteMany({ where: { projectId } })],
  ["Company", (tx, projectId) => tx.company.deleteMany({ where: { projectId } })],
  // One statement: an Employee's RESTRICT key to their manager is checked at its end.
  ["Employee", (tx, projectId) => tx.employee.deleteMany({ where: { projectId } })],
];

async function deleteProjectRows(tx: Prisma.TransactionClient, projectId: string) {
  for (const [, run] of DELETE_FIRST) await run(tx, projectId);
  await tx.project.delete({ where: { id: projectId } });
}

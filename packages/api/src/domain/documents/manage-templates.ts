import { Prisma, type DocumentKind } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TDbClient, TProjectScope } from "../access/project-scope";
import { assertGroupsOrThrow } from "../custom-fields/settings-lookups";
import { changeAtVersion, saveAtVersion, staleVersion } from "../versioning/versioned-change";
import { findTemplateProblems, type TCustomKeys } from "./merge-fields";
import { presentTemplate, TEMPLATE_WITH_BODY_SELECT } from "./template-select";

// Document templates are project settings managed under `settings.fields` (README.md): found
// by id within the project only, versioned, audited with their group limits.

type TTx = Prisma.TransactionClient;

/** A template as answered and audited: its groups flattened, marked as a template. */
async function readTemplateOrThrow(db: TDbClient, projectId: string, id: string) {
  const row = await db.documentTemplate.findFirst({
    where: { id, projectId },
    select: TEMPLATE_WITH_BODY_SELECT,
  });
  if (!row) {
    throw new AppError("NOT_FOUND", {
      key: "access.noSuchId",
      params: { thing: "documentTemplate" },
    });
  }
  return { entity: "document_template" as const, ...presentTemplate(row) };
}

type TTemplate = Awaited<ReturnType<typeof readTemplateOrThrow>>;

/** The custom field keys a template may merge, per client kind, as the project defines them. */
async function findCustomKeys(db: TDbClient, projectId: string): Promise<TCustomKeys> {
  const fields = await db.customField.findMany({
    where: { projectId, section: { kind: { in: ["company", "contact"] } } },
    select: { key: true, section: { select: { kind: true } } },
  });
  const keysOf = (kind: string) =>
    new Set(fields.filter((field) => field.section.kind === kind).map((field) => field.key));
  return { company: keysOf("company"), contact: keysOf("contact") };
}

/** Unknown fields are caught here, at save time, so generating never meets one it cannot read. */
async function assertTemplateBodyOrThrow(db: TDbClient, projectId: string, bodyHtml: string) {
  const problems = findTemplateProblems(bodyHtml, await findCustomKeys(db, projectId));
  if (problems.length > 0) {
    throw new AppError("INVALID_INPUT", {
      key: "documents.templateProblems",
      params: { detail: problems.join(" ") },
    });
  }
}

function rethrowDuplicateName(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw new AppError("INVALID_INPUT", { key: "documents.templateNameTaken" }, { field: "name" });
  }
  throw error;
}

/** One versioned change of a template, audited under `settings.fields` with both sides. */
async function changeTemplate(
  scope: TProjectScope,
  input: { id: string; version: number },
  change: (tx: TTx) => Promise<unknown>,
): Promise<TTemplate> {
  return scope.db.$transaction(async (tx) => {
    const read = () => readTemplateOrThrow(tx, scope.project.id, input.id);
    const { after } = await changeAtVersion(scope, tx, {
      resource: "settings.fields",
      noun: "template",
      id: input.id,
      version: input.version,
      read,
      write: async () => {
        await change(tx);
        return read();
      },
    });
    return after;
  });
}

/** `update … where { id, version }`, bumping the version: the write loses a race as a CONFLICT. */
function bumpTemplate(tx: TTx, input: { id: string; version: number }, data = {}) {
  return tx.documentTemplate
    .update({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    })
    .catch(rethrowDuplicateName);
}

export async function createTemplate(
  scope: TProjectScope,
  input: { kind: DocumentKind; name: string; bodyHtml: string; groupIds: string[] },
): Promise<TTemplate> {
  const projectId = scope.project.id;
  return scope.db.$transaction(async (tx) => {
    await assertTemplateBodyOrThrow(tx, projectId, input.bodyHtml);
    await assertGroupsOrThrow(tx, projectId, input.groupIds);
    const { id } = await tx.documentTemplate
      .create({
        data: {
          projectId,
          kind: input.kind,
          name: input.name,
          bodyHtml: input.bodyHtml,
          limitedToGroups: {
            create: [...new Set(input.groupIds)].map((groupId) => ({ groupId })),
          },
        },
        select: { id: true },
      })
      .catch(rethrowDuplicateName);
    const after = await readTemplateOrThrow(tx, projectId, id);
    await scope.writeAudit(tx, {
      action: "create",
      resource: "settings.fields",
      recordId: id,
      after,
    });
    return after;
  });
}

/** Saves a new name, kind or body at the version the caller read; the body is checked again. */
export function updateTemplate(
  scope: TProjectScope,
  input: { id: string; version: number; kind?: DocumentKind; name?: string; bodyHtml?: string },
): Promise<TTemplate> {
  const { id, version, ...fields } = input;
  return changeTemplate(scope, { id, version }, async (tx) => {
    if (fields.bodyHtml !== undefined) {
      await assertTemplateBodyOrThrow(tx, scope.project.id, fields.bodyHtml);
    }
    await bumpTemplate(tx, { id, version }, fields);
  });
}

/** Limits a template to CRM groups (D9); no groups opens it to everyone who may use its kind. */
export function limitTemplate(
  scope: TProjectScope,
  input: { id: string; version: number; groupIds: string[] },
): Promise<TTemplate> {
  const groupIds = [...new Set(input.groupIds)];
  return changeTemplate(scope, input, async (tx) => {
    await assertGroupsOrThrow(tx, scope.project.id, groupIds);
    await tx.documentTemplateGroup.deleteMany({ where: { templateId: input.id } });
    await tx.documentTemplateGroup.createMany({
      data: groupIds.map((groupId) => ({ templateId: input.id, groupId })),
    });
    await bumpTemplate(tx, input);
  });
}

/** A deactivated template is offered to no one; its documents stay as they are. */
export function setTemplateActive(
  scope: TProjectScope,
  input: { id: string; version: number; isActive: boolean },
): Promise<TTemplate> {
  return changeTemplate(scope, input, (tx) =>
    bumpTemplate(tx, input, { isActive: input.isActive }),
  );
}

/** Deletes a template; documents made from it keep their HTML and lose only the link. */
export async function deleteTemplate(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    const before = await readTemplateOrThrow(tx, scope.project.id, input.id);
    if (before.version !== input.version) throw staleVersion("template");
    await saveAtVersion("template", () =>
      tx.documentTemplate.delete({ where: { id: input.id, version: input.version } }),
    );
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "settings.fields",
      recordId: input.id,
      before,
    });
  });
}

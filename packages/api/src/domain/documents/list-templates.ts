import type { DocumentKind } from "@charter/db/client";

import type { TDbClient, TProjectScope } from "../access/project-scope";
import { templateNotFound, usableTemplateWhere } from "./template-access";
import { presentTemplate, TEMPLATE_SELECT, TEMPLATE_WITH_BODY_SELECT } from "./template-select";

/** The templates the caller may generate documents from (D9), by name. */
export async function listUsableTemplates(
  scope: TProjectScope,
  input: { kind?: DocumentKind | undefined },
) {
  const rows = await scope.db.documentTemplate.findMany({
    where: { AND: [usableTemplateWhere(scope.subject), input.kind ? { kind: input.kind } : {}] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: TEMPLATE_SELECT,
  });
  return rows.map(presentTemplate);
}

/** One template the caller may use, with its body; any other id is missing (D7). */
export async function getUsableTemplate(
  scope: TProjectScope,
  id: string,
  db: TDbClient = scope.db,
) {
  const row = await db.documentTemplate.findFirst({
    where: { AND: [{ id }, usableTemplateWhere(scope.subject)] },
    select: TEMPLATE_WITH_BODY_SELECT,
  });
  if (!row) throw templateNotFound();
  return presentTemplate(row);
}

/**
 * Every template of the project, active or not and whatever its groups, with its body: what
 * the settings page manages. Reading settings is not using a template.
 */
export async function listTemplateSettings(
  scope: TProjectScope,
  input: { kind?: DocumentKind | undefined },
) {
  const rows = await scope.db.documentTemplate.findMany({
    where: { projectId: scope.project.id, ...(input.kind ? { kind: input.kind } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: TEMPLATE_WITH_BODY_SELECT,
  });
  return rows.map(presentTemplate);
}

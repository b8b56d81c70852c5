import type { RecordResource } from "@charter/core/engine";

import { AppError } from "../../errors";
import type { TDbClient, TProjectScope } from "../access/project-scope";
import { findFirstOf } from "../access/record-models";

/** The records an activity, task or reminder may hang on, by their input field. */
export type TLinkIds = {
  companyId?: string | null | undefined;
  contactId?: string | null | undefined;
  objectId?: string | null | undefined;
  dealId?: string | null | undefined;
  taskId?: string | null | undefined;
};

/**
 * The link columns as the engine reads them on a draft: `companyId` with `company:
 * { responsibleId }`, `dealId` with `deal: { responsibleId }`, `taskId` with `task:
 * { assigneeId }`, … Only the links the input named are present.
 */
export type TLinkFacts = Record<string, unknown>;

const LINKS = {
  companyId: { resource: "company", relation: "company", select: { responsibleId: true } },
  contactId: { resource: "contact", relation: "contact", select: {} },
  objectId: { resource: "object", relation: "object", select: {} },
  dealId: { resource: "deal", relation: "deal", select: { responsibleId: true } },
  taskId: { resource: "task", relation: "task", select: { assigneeId: true } },
} as const satisfies Record<
  keyof TLinkIds,
  { resource: RecordResource; relation: string; select: Record<string, true> }
>;

/**
 * Checks each link the input names (null clears one, absent leaves it) and returns what the
 * engine reads through it. A link must name a record the subject may view in this project:
 * one they may not view is answered exactly like an id that does not exist (D7), so a link
 * can never be used to learn that a hidden record is there.
 */
export async function findLinksOrThrow(
  scope: TProjectScope,
  db: TDbClient,
  ids: TLinkIds,
): Promise<TLinkFacts> {
  const facts: TLinkFacts = {};
  for (const field of Object.keys(LINKS) as (keyof TLinkIds)[]) {
    const id = ids[field];
    if (id === undefined) continue;
    const { resource, relation, select } = LINKS[field];
    // Conditions read through company, deal and task; contact and object are ids only.
    const through = Object.keys(select).length > 0;
    if (id === null) {
      facts[field] = null;
      if (through) facts[relation] = null;
      continue;
    }
    const row = await findFirstOf(
      db,
      resource,
    )({
      where: { AND: [{ id, projectId: scope.project.id }, scope.reach(resource, "view")] },
      select: { id: true, ...select },
    });
    if (!row) {
      throw new AppError(
        "INVALID_INPUT",
        { key: "access.pickFromList", params: { thing: resource } },
        { field },
      );
    }
    facts[field] = id;
    if (through) facts[relation] = row;
  }
  return facts;
}

import type { Subject } from "@charter/core/engine";

import type { TDbClient } from "../access/project-scope";
import type { TCardKind } from "./card-kinds";
import type { TCustomSection } from "./custom-values.schema";
import { readCustomSections } from "./read-custom-sections";
import type { TCustomValuesChange } from "./write-custom-values";

/**
 * A record's answer with the custom sections the subject may read (`get`, `update`). The
 * stored row names the card (its type may be a field hidden from the answer itself);
 * `editable` says whether the subject may edit this very record (`can.edit`): a section open
 * to them is still read-only on a record they may only view.
 */
export async function withCustomSections<T extends object>(
  db: TDbClient,
  subject: Subject,
  stored: { kind: TCardKind; id: string; typeId: string | null; editable: boolean },
  answer: T,
): Promise<T & { customSections: TCustomSection[] }> {
  const customSections = await readCustomSections(
    db,
    subject,
    { projectId: subject.projectId, kind: stored.kind, recordId: stored.id, typeId: stored.typeId },
    stored.editable,
  );
  return { ...answer, customSections };
}

/** The audit entry's before and after, with the custom values a save changed beside the row. */
export function auditPair<T extends object>(
  before: T,
  after: T,
  change: TCustomValuesChange | null,
): { before: unknown; after: unknown } {
  if (!change) return { before, after };
  return {
    before: { ...before, customValues: change.before },
    after: { ...after, customValues: change.after },
  };
}

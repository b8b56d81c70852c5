import type { DocumentStatus } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import { statusMoveError } from "../status/status-move-error";
import { saveAtVersion, staleVersion } from "../versioning/versioned-change";
import { DOCUMENT_WITH_BODY_SELECT, type TDocumentWithBody } from "./document-select";

/**
 * A document's life: a draft is finalised (or reopened while final), sent, then signed;
 * anything not yet cancelled may be cancelled, and a cancelled document stays cancelled.
 */
export const DOCUMENT_STATUS_MOVES: Record<DocumentStatus, readonly DocumentStatus[]> = {
  draft: ["final", "cancelled"],
  final: ["draft", "sent", "cancelled"],
  sent: ["signed", "cancelled"],
  signed: ["cancelled"],
  cancelled: [],
};

/** Moves a document to another status at the version the caller read (needs `edit`). */
export async function setDocumentStatus(
  scope: TProjectScope,
  input: { id: string; version: number; status: DocumentStatus },
): Promise<TDocumentWithBody> {
  return scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("document", input.id, "edit", tx);
    const before = await tx.document.findUniqueOrThrow({
      where: { id: input.id },
      select: DOCUMENT_WITH_BODY_SELECT,
    });
    if (before.version !== input.version) throw staleVersion("document");
    const allowed = DOCUMENT_STATUS_MOVES[before.status];
    if (!allowed.includes(input.status)) {
      throw statusMoveError("document", before.status, input.status, allowed);
    }
    const after = await saveAtVersion("document", () =>
      tx.document.update({
        where: { id: input.id, version: input.version },
        data: { status: input.status, version: { increment: 1 } },
        select: DOCUMENT_WITH_BODY_SELECT,
      }),
    );
    const { bodyHtml: _before, ...beforeRow } = before;
    const { bodyHtml: _after, ...afterRow } = after;
    await scope.writeAudit(tx, {
      action: "update",
      resource: "document",
      recordId: input.id,
      before: beforeRow,
      after: afterRow,
    });
    return after;
  });
}

/** Deletes a document at the version the caller read (needs `delete`); the audit keeps it whole. */
export async function deleteDocument(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    await scope.findVisibleOrThrow("document", input.id, "delete", tx);
    const before = await tx.document.findUniqueOrThrow({
      where: { id: input.id },
      select: DOCUMENT_WITH_BODY_SELECT,
    });
    if (before.version !== input.version) throw staleVersion("document");
    await saveAtVersion("document", () =>
      tx.document.delete({ where: { id: input.id, version: input.version } }),
    );
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "document",
      recordId: input.id,
      before,
    });
  });
}

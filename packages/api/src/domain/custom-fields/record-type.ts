import { AppError } from "../../errors";
import type { TDbClient } from "../access/project-scope";
import type { TCardKind } from "./card-kinds";

/** A record's type must be one of this project's types of the same kind (F1). */
export async function assertRecordTypeOrThrow(
  db: TDbClient,
  projectId: string,
  kind: TCardKind,
  typeId: string | null | undefined,
): Promise<void> {
  if (!typeId) return;
  const type = await db.recordType.findFirst({
    where: { id: typeId, projectId, kind },
    select: { id: true },
  });
  if (!type) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "clients.noTypeOfKind", params: { kind } },
      { field: "typeId" },
    );
  }
}

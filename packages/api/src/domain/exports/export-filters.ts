import type { FieldAccess } from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import type { TWord } from "../../error-messages";
import { AppError } from "../../errors";
import { escapeLike } from "../search/escape-like";

/** The filters every export takes besides its own. */
export type TOwnershipFilter = {
  responsibleId?: string | undefined;
  directionId?: string | undefined;
  /** The department and every department under it. */
  departmentId?: string | undefined;
};

/**
 * The ownership filter as a where on any record resource. A department of another project is
 * refused like one that does not exist.
 */
export async function ownershipWhere(
  tx: Prisma.TransactionClient,
  projectId: string,
  filter: TOwnershipFilter,
): Promise<{
  projectId: string;
  responsibleId?: string;
  directionId?: string;
  department?: { is: { path: { startsWith: string } } };
}> {
  const department = filter.departmentId
    ? await tx.department.findFirst({
        where: { id: filter.departmentId, projectId },
        select: { path: true },
      })
    : null;
  if (filter.departmentId && !department) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "reports.noSuchDepartment" },
      { field: "departmentId" },
    );
  }
  return {
    projectId,
    ...(filter.responsibleId ? { responsibleId: filter.responsibleId } : {}),
    ...(filter.directionId ? { directionId: filter.directionId } : {}),
    ...(department ? { department: { is: { path: { startsWith: department.path } } } } : {}),
  };
}

/** A case-insensitive contains on each field, matching the text literally. */
export function searchWhere<F extends string>(
  search: string | undefined,
  fields: readonly F[],
): { OR?: Record<F, { contains: string; mode: "insensitive" }>[] } {
  if (!search || fields.length === 0) return {};
  const contains = { contains: escapeLike(search), mode: "insensitive" } as const;
  return {
    OR: fields.map((field) => ({ [field]: contains }) as Record<F, typeof contains>),
  };
}

/**
 * Filtering by a field the subject's role hides would tell its values apart (which companies
 * are partners, which deals are in a stage), so such a filter is refused, naming the field.
 */
export function assertFilterable(
  records: TWord<"records">,
  access: Record<string, FieldAccess>,
  filter: object,
  fields: readonly string[],
): void {
  const given = filter as Record<string, unknown>;
  const refused = fields.filter((name) => given[name] !== undefined && access[name] === "hidden");
  if (refused.length === 0) return;
  throw new AppError(
    "FORBIDDEN",
    {
      key: refused.length === 1 ? "exports.hiddenField" : "exports.hiddenFields",
      params: { records },
    },
    { rule: "field-access", field: refused.join(", ") },
  );
}

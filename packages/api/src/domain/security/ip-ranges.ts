import { parseIpRange } from "@charter/core/validation";

import type { TProjectScope } from "../access/project-scope";
import { AppError } from "../../errors";

export type TIpRange = {
  id: string;
  label: string | null;
  fromIp: string;
  toIp: string;
  cidr: string | null;
  version: number;
};

const SELECT = {
  id: true,
  label: true,
  fromIp: true,
  toIp: true,
  cidr: true,
  version: true,
} as const;

export function listIpRanges(scope: TProjectScope): Promise<TIpRange[]> {
  return scope.db.allowedIpRange.findMany({
    where: { projectId: scope.project.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: SELECT,
  });
}

/** Adds an allowed range (E1) from an address, a from–to pair or a CIDR, IPv4 or IPv6. */
export async function createIpRange(
  scope: TProjectScope,
  input: { range: string; label?: string },
): Promise<TIpRange> {
  const parsed = parseIpRange(input.range);
  if (!parsed.ok) {
    throw new AppError(
      "INVALID_INPUT",
      { key: "security.badRange", params: { detail: parsed.message } },
      { field: "range" },
    );
  }
  return scope.db.$transaction(async (tx) => {
    const created = await tx.allowedIpRange.create({
      data: {
        projectId: scope.project.id,
        label: input.label ?? null,
        fromIp: parsed.value.from,
        toIp: parsed.value.to,
        cidr: parsed.value.cidr,
      },
      select: SELECT,
    });
    await scope.writeAudit(tx, {
      action: "create",
      resource: "settings.security",
      recordId: created.id,
      after: created,
    });
    return created;
  });
}

/** Removes a range; a stale version is a CONFLICT and changes nothing. */
export async function deleteIpRange(
  scope: TProjectScope,
  input: { id: string; version: number },
): Promise<void> {
  await scope.db.$transaction(async (tx) => {
    const existing = await tx.allowedIpRange.findFirst({
      where: { id: input.id, projectId: scope.project.id },
      select: SELECT,
    });
    if (!existing) throw new AppError("NOT_FOUND", { key: "security.noSuchRange" });
    const { count } = await tx.allowedIpRange.deleteMany({
      where: { id: input.id, version: input.version },
    });
    if (count === 0) {
      throw new AppError("CONFLICT", { key: "security.staleRange" });
    }
    await scope.writeAudit(tx, {
      action: "delete",
      resource: "settings.security",
      recordId: existing.id,
      before: existing,
    });
  });
}

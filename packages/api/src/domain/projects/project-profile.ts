import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TDbClient } from "../access/project-scope";

/** The company profile of a project (SPEC A2): the merge fields of every document. */
export const PROFILE_SELECT = {
  id: true,
  slug: true,
  name: true,
  legalName: true,
  registrationCountry: true,
  registrationNumber: true,
  vatId: true,
  street: true,
  city: true,
  postalCode: true,
  country: true,
  email: true,
  phone: true,
  logoFileId: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.ProjectSelect;

export type TProfileRow = Prisma.ProjectGetPayload<{ select: typeof PROFILE_SELECT }>;

export function findProfile(db: TDbClient, projectId: string): Promise<TProfileRow> {
  return db.project.findUniqueOrThrow({ where: { id: projectId }, select: PROFILE_SELECT });
}

export function staleProfile(): AppError {
  return new AppError("CONFLICT", { key: "projects.staleProfile" });
}

/** Refuses a stale version; the caller's transaction then holds the row it read. */
export async function readProfileAtVersion(
  tx: Prisma.TransactionClient,
  projectId: string,
  version: number,
): Promise<TProfileRow> {
  const row = await findProfile(tx, projectId);
  if (row.version !== version) throw staleProfile();
  return row;
}

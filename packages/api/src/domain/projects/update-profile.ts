import { Prisma, type RegistrationCountry } from "@charter/db/client";

import type { TProjectScope } from "../access/project-scope";
import {
  PROFILE_SELECT,
  readProfileAtVersion,
  staleProfile,
  type TProfileRow,
} from "./project-profile";

/** What a profile save may change; the registration fields arrive already validated. */
export type TProfileChanges = {
  name?: string | undefined;
  legalName?: string | null | undefined;
  registrationCountry?: RegistrationCountry | null | undefined;
  registrationNumber?: string | null | undefined;
  vatId?: string | null | undefined;
  street?: string | null | undefined;
  city?: string | null | undefined;
  postalCode?: string | null | undefined;
  country?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
};

/**
 * Saves the current project's profile at the version the caller read (SPEC A2), with before
 * and after in the audit log; a stale version changes nothing and says so.
 */
export async function updateProfile(
  scope: TProjectScope,
  input: TProfileChanges & { version: number },
): Promise<TProfileRow> {
  const { version, ...changes } = input;
  const projectId = scope.project.id;
  return scope.db.$transaction(async (tx) => {
    const before = await readProfileAtVersion(tx, projectId, version);
    const after = await tx.project
      .update({
        where: { id: projectId, version },
        data: { ...changes, version: { increment: 1 } },
        select: PROFILE_SELECT,
      })
      .catch((error: unknown) => {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
          throw staleProfile();
        throw error;
      });
    await scope.writeAudit(tx, {
      action: "update",
      resource: "settings.org",
      recordId: projectId,
      before,
      after,
    });
    return after;
  });
}

import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import { CONTACT_SELECT, type TContactRow } from "./contact-select";

export function staleContact(): AppError {
  return new AppError("CONFLICT", { key: "access.staleSaveAgain", params: { thing: "contact" } });
}

/** `update … where { id, version }`: no row at that version is a conflict, not a crash. */
export async function updateContactAtVersion(
  tx: Prisma.TransactionClient,
  id: string,
  version: number,
  data: Prisma.ContactUncheckedUpdateInput,
): Promise<TContactRow> {
  try {
    return await tx.contact.update({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
      select: CONTACT_SELECT,
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw staleContact();
    throw error;
  }
}

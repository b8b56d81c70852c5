import { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";

export type TWorkNoun = "activity" | "task" | "reminder";

export function staleVersion(noun: TWorkNoun): AppError {
  return new AppError(
    "CONFLICT",
    `Someone changed this ${noun} since you opened it. Reload it, check their changes and save again.`,
  );
}

/** The version the caller read must still be the stored one; checked again by the write's where. */
export function assertVersion(stored: { version: number }, version: number, noun: TWorkNoun) {
  if (stored.version !== version) throw staleVersion(noun);
}

/**
 * Runs a write whose where names `{ id, version }`: no row at that version (a save that won
 * the race in between) is a conflict, not a crash.
 */
export async function atVersion<T>(noun: TWorkNoun, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw staleVersion(noun);
    throw error;
  }
}

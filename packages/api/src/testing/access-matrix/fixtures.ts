import type { PrismaClient } from "@charter/db/client";

import { findPersona } from "../personas";
import type { TFixture, TFixtureFactory } from "./types";

const SELECT_FIXTURE = { id: true, version: true, responsibleId: true } as const;

/** The persona as an owner of records: project, id and the direction records inherit. */
export async function ownerOf(db: PrismaClient, ownerName: string) {
  const persona = await findPersona(db, ownerName);
  const { directionId, managerId } = await db.employee.findUniqueOrThrow({
    where: { id: persona.id },
    select: { directionId: true, managerId: true },
  });
  return {
    id: persona.id,
    projectId: persona.projectId,
    managerId,
    directionId,
    /** The columns every owned record carries. */
    owned: { projectId: persona.projectId, responsibleId: persona.id, directionId },
  };
}

/** A settings row is no record: it is judged on the resource, its owner only names the project. */
export function settingsRow(
  row: { id: string; version: number },
  ownerId: string,
  parentId?: string,
): TFixture {
  return {
    id: row.id,
    version: row.version,
    responsibleId: ownerId,
    ...(parentId ? { parentId } : {}),
  };
}

export const companyFixture: TFixtureFactory = async (db, ownerName) => {
  const { owned } = await ownerOf(db, ownerName);
  const row = await db.company.create({
    data: { ...owned, name: `Fixture of ${ownerName}` },
    select: SELECT_FIXTURE,
  });
  return { ...row, record: "company" };
};

export const contactFixture: TFixtureFactory = async (db, ownerName) => {
  const { owned } = await ownerOf(db, ownerName);
  const row = await db.contact.create({
    data: { ...owned, firstName: "Fixture", lastName: ownerName },
    select: SELECT_FIXTURE,
  });
  return { ...row, record: "contact" };
};

export const objectFixture: TFixtureFactory = async (db, ownerName) => {
  const { owned } = await ownerOf(db, ownerName);
  const row = await db.crmObject.create({
    data: { ...owned, name: `Fixture of ${ownerName}` },
    select: SELECT_FIXTURE,
  });
  return { ...row, record: "object" };
};

/** A unique name for rows whose names must not repeat in a project. */
export const uniqueName = () => `Matrix ${crypto.randomUUID()}`;

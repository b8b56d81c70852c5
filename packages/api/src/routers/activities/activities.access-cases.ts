import { ownerOf } from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";

/** A call of the owner's on a company of theirs (`parentId`): calls are what C4's group sees. */
export const activityFixture: TFixtureFactory = async (db, ownerName) => {
  const { owned } = await ownerOf(db, ownerName);
  const company = await db.company.create({
    data: { ...owned, name: `Fixture of ${ownerName}` },
    select: { id: true },
  });
  const row = await db.activity.create({
    data: {
      ...owned,
      kind: "call",
      subject: `Fixture call of ${ownerName}`,
      occurredAt: new Date(),
      companyId: company.id,
    },
    select: { id: true, version: true, responsibleId: true },
  });
  return { ...row, parentId: company.id, record: "activity" };
};

const activity = { resource: "activity", fixture: activityFixture } as const;

export const ACTIVITY_CASES: TAccessCases = {
  "activities.list": {
    ...activity,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.activities.list({ limit: 1 }),
  },
  // Needs the company card too (missing outside company reach): reviewed in the snapshot.
  "activities.timeline": {
    ...activity,
    action: "view",
    judge: "none",
    fresh: false,
    call: (caller, row) =>
      caller.activities.timeline({ of: { companyId: row.parentId ?? "" }, limit: 1 }),
  },
  "activities.count": {
    ...activity,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.activities.count({}),
  },
  "activities.get": {
    ...activity,
    action: "view",
    fresh: false,
    call: (caller, row) => caller.activities.get({ id: row.id }),
  },
  // On the owner's company: refused as missing where the caller may not view it.
  "activities.create": {
    ...activity,
    action: "create",
    judge: "none",
    fresh: false,
    call: (caller, row) =>
      caller.activities.create({ kind: "note", subject: "Matrix", companyId: row.parentId }),
  },
  "activities.update": {
    ...activity,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.activities.update({ id: row.id, version: row.version, fields: { body: "Matrix" } }),
  },
  "activities.delete": {
    ...activity,
    action: "delete",
    fresh: true,
    call: (caller, row) => caller.activities.delete({ id: row.id, version: row.version }),
  },
};

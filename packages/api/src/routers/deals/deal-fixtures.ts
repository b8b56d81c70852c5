import type { PrismaClient } from "@charter/db/client";

import { ownerOf, settingsRow } from "../../testing/access-matrix/fixtures";
import type { TFixtureFactory } from "../../testing/access-matrix/types";

/** The seeded opportunities pipeline's first two stages: where fixtures start and move to. */
async function firstStages(db: PrismaClient, projectId: string) {
  const stages = await db.stage.findMany({
    where: { projectId, pipeline: { key: "opportunities" } },
    orderBy: { position: "asc" },
    take: 2,
    select: { id: true, pipelineId: true },
  });
  const [first, second] = stages;
  if (!first || !second) throw new Error("The seed's opportunities pipeline has no stages.");
  return { first, second };
}

/** A deal of the owner in the first stage; `parentId` names the next stage, to move it to. */
export const dealFixture: TFixtureFactory = async (db, ownerName) => {
  const { owned, projectId } = await ownerOf(db, ownerName);
  const { first, second } = await firstStages(db, projectId);
  const row = await db.deal.create({
    data: {
      ...owned,
      title: `Fixture of ${ownerName}`,
      currency: "CZK",
      pipelineId: first.pipelineId,
      stageId: first.id,
    },
    select: { id: true, version: true, responsibleId: true },
  });
  return { ...row, parentId: second.id, record: "deal" };
};

export const interestFixture: TFixtureFactory = async (db, ownerName) => {
  const { owned } = await ownerOf(db, ownerName);
  const row = await db.interest.create({
    data: { ...owned, title: `Fixture of ${ownerName}` },
    select: { id: true, version: true, responsibleId: true },
  });
  return { ...row, record: "interest" };
};

/** A product is no record (no responsible): judged on the resource. */
export const productFixture: TFixtureFactory = async (db, ownerName) => {
  const owner = await ownerOf(db, ownerName);
  const row = await db.product.create({
    data: {
      projectId: owner.projectId,
      sku: `MX-${crypto.randomUUID()}`,
      name: "Matrix product",
      unitPrice: "100.00",
      currency: "CZK",
    },
  });
  return settingsRow(row, owner.id);
};

/** A pipeline of two stages, apart from the seeded ones; `parentId` names its first stage. */
export const pipelineFixture: TFixtureFactory = async (db, ownerName) => {
  const owner = await ownerOf(db, ownerName);
  const key = `mx_${crypto.randomUUID().replaceAll("-", "")}`;
  const row = await db.pipeline.create({
    data: {
      projectId: owner.projectId,
      key,
      name: "Matrix pipeline",
      stages: {
        create: [
          { projectId: owner.projectId, key: "one", name: "One", position: 0 },
          { projectId: owner.projectId, key: "two", name: "Two", position: 1 },
        ],
      },
    },
    select: {
      id: true,
      version: true,
      stages: { select: { id: true }, orderBy: { position: "asc" } },
    },
  });
  return settingsRow(row, owner.id, row.stages[0]?.id);
};

/** The first stage of a fresh matrix pipeline (deletable: its pipeline keeps another). */
export const stageFixture: TFixtureFactory = async (db, ownerName) => {
  const pipeline = await pipelineFixture(db, ownerName);
  const stage = await db.stage.findUniqueOrThrow({
    where: { id: pipeline.parentId ?? "" },
    select: { id: true, version: true },
  });
  return settingsRow(stage, pipeline.responsibleId, pipeline.id);
};

export const taskChainFixture: TFixtureFactory = async (db, ownerName) => {
  const stage = await stageFixture(db, ownerName);
  const owner = await ownerOf(db, ownerName);
  const chain = await db.taskChainTemplate.create({
    data: {
      projectId: owner.projectId,
      stageId: stage.id,
      name: "Matrix chain",
      steps: { create: [{ position: 0, title: "Call the client", dueAfterDays: 1 }] },
    },
  });
  return settingsRow(chain, owner.id, stage.id);
};

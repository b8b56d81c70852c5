import type { PrismaClient } from "@charter/db/client";

import { opportunityStages } from "../routers/deals/deals-test-kit";
import { findPersona } from "./personas";

/**
 * What another record may link to, all of one persona's and named with a fresh token: a
 * company, a contact at it, an object, a deal and a task. Written directly, as seeded data
 * would be, so a test can link a record to ones its reader may or may not view.
 */
export async function writeLinkTargets(db: PrismaClient, ownerName: string) {
  const owner = await findPersona(db, ownerName);
  const owned = { projectId: owner.projectId, responsibleId: owner.id };
  const token = crypto.randomUUID().slice(0, 8);
  const { pipeline, stages } = await opportunityStages(db);
  const company = await db.company.create({
    data: { ...owned, name: `Linked company ${token} of ${ownerName}` },
  });
  const contact = await db.contact.create({
    data: {
      ...owned,
      firstName: "Linked",
      lastName: `${token} ${ownerName}`,
      companyId: company.id,
    },
  });
  const object = await db.crmObject.create({
    data: { ...owned, name: `Linked object ${token}`, companyId: company.id },
  });
  const deal = await db.deal.create({
    data: {
      ...owned,
      title: `Linked deal ${token}`,
      currency: "CZK",
      pipelineId: pipeline.id,
      stageId: stages[0]?.id ?? "",
      companyId: company.id,
    },
  });
  const task = await db.task.create({ data: { ...owned, title: `Linked task ${token}` } });
  return {
    company,
    contact,
    object,
    deal,
    task,
    /** Each target as an answer names it where the reader may view it. */
    named: {
      company: { id: company.id, name: company.name },
      contact: { id: contact.id, name: `${contact.firstName} ${contact.lastName}` },
      object: { id: object.id, name: object.name },
      deal: { id: deal.id, name: deal.title },
      task: { id: task.id, name: task.title },
    },
  };
}

export type TLinkTargets = Awaited<ReturnType<typeof writeLinkTargets>>;

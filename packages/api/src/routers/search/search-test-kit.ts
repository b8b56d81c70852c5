import type { PrismaClient } from "@charter/db/client";

import { findPersona } from "../../testing/personas";
import { opportunityStages } from "../deals/deals-test-kit";

/** A word no seeded record holds, so a search finds exactly what a test wrote. */
export function newToken(): string {
  return `Srch${crypto.randomUUID().replaceAll("-", "").slice(0, 10)}`;
}

/** A company, a contact and a deal of the persona, each named with the token. */
export async function writeSearchable(db: PrismaClient, ownerName: string, token: string) {
  const owner = await findPersona(db, ownerName);
  const { directionId, departmentId } = await db.employee.findUniqueOrThrow({
    where: { id: owner.id },
    select: { directionId: true, departmentId: true },
  });
  const owned = { projectId: owner.projectId, responsibleId: owner.id, directionId, departmentId };
  const { pipeline, stages } = await opportunityStages(db);
  const [stage] = stages;
  if (!stage) throw new Error("The seeded pipeline has no stages.");
  const company = await db.company.create({
    data: { ...owned, name: `${token} ${ownerName} s.r.o.`, registrationNumber: "27074358" },
  });
  const contact = await db.contact.create({
    data: { ...owned, firstName: token, lastName: ownerName, companyId: company.id },
  });
  const deal = await db.deal.create({
    data: {
      ...owned,
      title: `${token} deal of ${ownerName}`,
      currency: "CZK",
      pipelineId: pipeline.id,
      stageId: stage.id,
      companyId: company.id,
    },
  });
  return { company, contact, deal };
}

/** The ids a search answered, per kind, in order. */
export function idsOf(result: {
  companies: { items: { id: string }[] };
  contacts: { items: { id: string }[] };
  deals: { items: { id: string }[] };
}) {
  return {
    companies: result.companies.items.map((item) => item.id),
    contacts: result.contacts.items.map((item) => item.id),
    deals: result.deals.items.map((item) => item.id),
  };
}

import type { Prisma } from "../client";
import type { TDemoPerson } from "./demo-org";
import {
  ACTIVITY_SUBJECTS,
  CITIES,
  COMPANY_FORMS,
  COMPANY_STEMS,
  COMPANY_TRADES,
  DEAL_TOPICS,
  FIRST_NAMES,
  LAST_NAMES,
  POSITIONS,
} from "./demo-names";
import { productId, seedCatalog } from "./seed-catalog";
import { customFieldId } from "./seed-fields";
import type { TSeededProject } from "./seed-org";
import type { TRandom } from "./random";
import { stableId } from "./stable-id";

export type TClientVolumes = {
  companies: number;
  contactsPerCompany: [number, number];
  deals: number;
  activities: number;
  tasks: number;
};

const DAY_MS = 86_400_000;
const SELLING_ROLES = new Set([
  "crm_manager",
  "sales_representative",
  "crm_pam",
  "external_representative",
]);

type TOwner = { id: string; directionId: string | null };

function ownersOf(ids: TSeededProject): TOwner[] {
  return ids.project.people
    .filter((person: TDemoPerson) => person.roleKeys.some((role) => SELLING_ROLES.has(role)))
    .map((person) => ({
      id: ids.employeeId(person.key),
      directionId: person.directionKey ? ids.directionId(person.directionKey) : null,
    }));
}

export async function seedClients(
  tx: Prisma.TransactionClient,
  ids: TSeededProject,
  volumes: TClientVolumes,
  random: TRandom,
  now: Date,
): Promise<void> {
  const { projectId, project } = ids;
  const products = await seedCatalog(tx, ids);
  const owners = ownersOf(ids);
  const daysAgo = (days: number): Date => new Date(now.getTime() - days * DAY_MS);
  const key = (kind: string, index: number): string => stableId(`${kind}:${project.key}:${index}`);

  const partnerManager = project.people.find((person) => person.roleKeys.includes("crm_pam"));
  const companies = Array.from({ length: volumes.companies }, (_, index) => {
    const isPartner = partnerManager !== undefined && index < 8;
    const owner = isPartner
      ? {
          id: ids.employeeId(partnerManager.key),
          directionId: partnerManager.directionKey
            ? ids.directionId(partnerManager.directionKey)
            : null,
        }
      : random.pick(owners);
    const name = `${random.pick(COMPANY_STEMS)} ${random.pick(COMPANY_TRADES)} ${random.pick(COMPANY_FORMS)}`;
    return {
      id: key("company", index),
      projectId,
      typeId: stableId(`type:${project.key}:${isPartner ? "partner" : "customer"}`),
      name: isPartner ? `${name} (partner)` : name,
      registrationNumber: String(random.int(10_000_000, 99_999_999)),
      email: `info${index}@client${index}.example`,
      phone: `+420 ${random.int(200, 799)} ${random.int(100, 999)} ${random.int(100, 999)}`,
      city: random.pick(CITIES),
      isPartner,
      responsibleId: owner.id,
      directionId: owner.directionId,
      createdAt: daysAgo(random.int(30, 400)),
    };
  });
  await tx.company.createMany({ skipDuplicates: true, data: companies });

  const contacts = companies.flatMap((company, companyIndex) =>
    Array.from({ length: random.int(...volumes.contactsPerCompany) }, (_, index) => {
      const firstName = random.pick(FIRST_NAMES);
      const lastName = random.pick(LAST_NAMES);
      return {
        id: stableId(`contact:${project.key}:${companyIndex}:${index}`),
        projectId,
        typeId: stableId(`type:${project.key}:person`),
        companyId: company.id,
        firstName,
        lastName,
        email: `${firstName}.${lastName}.${companyIndex}${index}@client${companyIndex}.example`
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase(),
        position: random.pick(POSITIONS),
        responsibleId: company.responsibleId,
        directionId: company.directionId,
      };
    }),
  );
  await tx.contact.createMany({ skipDuplicates: true, data: contacts });

  const pipeline = await tx.pipeline.findFirstOrThrow({
    where: { projectId, key: "opportunities" },
    include: { stages: { orderBy: { position: "asc" } } },
  });
  const openStages = pipeline.stages.filter((stage) => stage.outcome === "open");
  const wonStage = pipeline.stages.find((stage) => stage.outcome === "won");
  const lostStage = pipeline.stages.find((stage) => stage.outcome === "lost");
  if (!wonStage || !lostStage)
    throw new Error("The opportunities pipeline needs a won and a lost stage.");
  const partners = companies.filter((company) => company.isPartner);

  const deals = Array.from({ length: volumes.deals }, (_, index) => {
    const company = random.pick(companies);
    const companyContacts = contacts.filter((contact) => contact.companyId === company.id);
    const roll = random.next();
    const stage = roll < 0.2 ? wonStage : roll < 0.32 ? lostStage : random.pick(openStages);
    const createdAt = daysAgo(random.int(20, 360));
    const closedAt =
      stage.outcome === "open" ? null : new Date(createdAt.getTime() + random.int(5, 19) * DAY_MS);
    return {
      id: key("deal", index),
      projectId,
      pipelineId: pipeline.id,
      stageId: stage.id,
      title: `${random.pick(DEAL_TOPICS)} for ${company.name}`,
      amount: `${random.int(5, 900) * 1000}.00`,
      currency: "CZK",
      status: stage.outcome,
      closedAt,
      expectedCloseAt:
        stage.outcome === "open" ? new Date(now.getTime() + random.int(7, 120) * DAY_MS) : null,
      companyId: company.id,
      contactId: companyContacts.length > 0 ? random.pick(companyContacts).id : null,
      partnerId: partners.length > 0 && random.chance(0.25) ? random.pick(partners).id : null,
      responsibleId: company.responsibleId,
      directionId: company.directionId,
      createdAt,
    };
  });
  await tx.deal.createMany({ skipDuplicates: true, data: deals });

  // Stage history: an open deal walked the open stages up to its own; a won deal all of
  // them; a lost deal dropped out somewhere along the way.
  const stagePath = (stageId: string): typeof pipeline.stages => {
    if (stageId === wonStage.id) return [...openStages, wonStage];
    if (stageId === lostStage.id)
      return [...openStages.slice(0, random.int(1, openStages.length)), lostStage];
    return openStages.slice(0, openStages.findIndex((stage) => stage.id === stageId) + 1);
  };
  await tx.dealStageChange.createMany({
    skipDuplicates: true,
    data: deals.flatMap((deal) => {
      const path = stagePath(deal.stageId);
      return path.map((stage, step) => ({
        id: stableId(`stage-change:${deal.id}:${step}`),
        dealId: deal.id,
        fromStageId: path[step - 1]?.id ?? null,
        toStageId: stage.id,
        changedById: deal.responsibleId,
        createdAt: new Date(deal.createdAt.getTime() + step * DAY_MS),
      }));
    }),
  });

  await tx.dealProduct.createMany({
    skipDuplicates: true,
    data: deals.flatMap((deal, index) => {
      const product = products[index % products.length];
      return product
        ? [
            {
              id: stableId(`deal-product:${deal.id}`),
              dealId: deal.id,
              productId: productId(ids, product.sku),
              quantity: String(random.int(1, 5)),
              unitPrice: product.unitPrice,
            },
          ]
        : [];
    }),
  });

  const kinds = ["call", "meeting", "note", "email"] as const;
  await tx.activity.createMany({
    skipDuplicates: true,
    data: Array.from({ length: volumes.activities }, (_, index) => {
      const contact = random.pick(contacts);
      const kind = random.pick(kinds);
      return {
        id: key("activity", index),
        projectId,
        kind,
        subject: random.pick(ACTIVITY_SUBJECTS[kind]),
        occurredAt: daysAgo(random.int(0, 180)),
        durationMinutes: kind === "call" || kind === "meeting" ? random.int(5, 90) : null,
        companyId: contact.companyId,
        contactId: contact.id,
        responsibleId: contact.responsibleId,
        directionId: contact.directionId,
      };
    }),
  });

  const openDeals = deals.filter((deal) => deal.status === "open");
  await tx.task.createMany({
    skipDuplicates: true,
    data: Array.from({ length: Math.min(volumes.tasks, openDeals.length) }, (_, index) => {
      const deal = openDeals[index] ?? random.pick(deals);
      const done = random.chance(0.3);
      return {
        id: key("task", index),
        projectId,
        title: random.pick([
          "Prepare the offer",
          "Call back",
          "Send the contract",
          "Book a demo",
          "Check the budget",
        ]),
        status: done ? "done" : "open",
        dueAt: new Date(now.getTime() + random.int(-10, 20) * DAY_MS),
        completedAt: done ? daysAgo(random.int(0, 10)) : null,
        assigneeId: deal.responsibleId,
        dealId: deal.id,
        companyId: deal.companyId,
        responsibleId: deal.responsibleId,
        directionId: deal.directionId,
      } as const;
    }),
  });
  await tx.reminder.createMany({
    skipDuplicates: true,
    data: contacts.slice(0, Math.ceil(volumes.tasks / 2)).map((contact, index) => ({
      id: key("reminder", index),
      projectId,
      title: `Follow up with ${contact.firstName} ${contact.lastName}`,
      remindAt: new Date(now.getTime() + random.int(-3, 14) * DAY_MS),
      contactId: contact.id,
      companyId: contact.companyId,
      responsibleId: contact.responsibleId,
      directionId: contact.directionId,
    })),
  });

  // Custom values on a share of the companies, including the group-limited section.
  await tx.customFieldValue.createMany({
    skipDuplicates: true,
    data: companies.flatMap((company, index) => [
      {
        id: stableId(`value:${company.id}:segment`),
        projectId,
        fieldId: customFieldId(ids, "company_main", "segment"),
        companyId: company.id,
        textValue: random.pick(["SMB", "Mid-market", "Enterprise"]),
      },
      {
        id: stableId(`value:${company.id}:employees`),
        projectId,
        fieldId: customFieldId(ids, "company_main", "employees"),
        companyId: company.id,
        numberValue: String(random.int(5, 5000)),
      },
      ...(index % 10 === 0
        ? [
            {
              id: stableId(`value:${company.id}:strategy`),
              projectId,
              fieldId: customFieldId(ids, "company_key_account", "strategy"),
              companyId: company.id,
              textValue: "Expand to the whole group; renewal handled by the head of sales.",
            },
          ]
        : []),
    ]),
  });
}

import type { DocumentKind, PrismaClient } from "@charter/db/client";

import { findPersona } from "../../testing/personas";

// Rows the documents tests generate from, written straight to the database and owned by a
// seeded persona, so each test says exactly what it merges.

export async function ownedBy(db: PrismaClient, name: string) {
  const persona = await findPersona(db, name);
  const { directionId } = await db.employee.findUniqueOrThrow({
    where: { id: persona.id },
    select: { directionId: true },
  });
  return { projectId: persona.projectId, responsibleId: persona.id, directionId };
}

/** A company of `owner`, its custom values set by field key (e.g. the limited `strategy`). */
export async function makeCompany(
  db: PrismaClient,
  owner: string,
  fields: { name: string; custom?: Record<string, string> },
) {
  const owned = await ownedBy(db, owner);
  const company = await db.company.create({
    data: { ...owned, name: fields.name, registrationNumber: "12345678", city: "Brno" },
  });
  for (const [key, textValue] of Object.entries(fields.custom ?? {})) {
    const field = await db.customField.findFirstOrThrow({
      where: { projectId: owned.projectId, key, section: { kind: "company" } },
    });
    await db.customFieldValue.create({
      data: { projectId: owned.projectId, fieldId: field.id, companyId: company.id, textValue },
    });
  }
  return company;
}

/** A deal of `owner` for the company, with one line of the seeded catalogue's first product. */
export async function makeDeal(
  db: PrismaClient,
  owner: string,
  input: { companyId: string; title: string; amount: string; contactId?: string },
) {
  const owned = await ownedBy(db, owner);
  const pipeline = await db.pipeline.findFirstOrThrow({
    where: { projectId: owned.projectId, key: "opportunities" },
    include: { stages: { orderBy: { position: "asc" }, take: 1 } },
  });
  const product = await db.product.findFirstOrThrow({
    where: { projectId: owned.projectId, sku: "CRM-STD" },
  });
  return db.deal.create({
    data: {
      ...owned,
      pipelineId: pipeline.id,
      stageId: pipeline.stages[0]?.id ?? "",
      title: input.title,
      amount: input.amount,
      currency: "CZK",
      companyId: input.companyId,
      contactId: input.contactId ?? null,
      products: {
        create: { productId: product.id, quantity: "3", unitPrice: "12000.00", discount: "10" },
      },
    },
  });
}

export async function makeTemplate(
  db: PrismaClient,
  input: { kind: DocumentKind; bodyHtml: string; projectOf?: string },
) {
  const { projectId } = await ownedBy(db, input.projectOf ?? "admin");
  return db.documentTemplate.create({
    data: {
      projectId,
      kind: input.kind,
      name: `T ${crypto.randomUUID()}`,
      bodyHtml: input.bodyHtml,
    },
  });
}

export async function makeDocument(
  db: PrismaClient,
  owner: string,
  input: {
    kind: DocumentKind;
    title?: string;
    companyId?: string;
    contactId?: string;
    dealId?: string;
  },
) {
  const owned = await ownedBy(db, owner);
  return db.document.create({
    data: {
      ...owned,
      kind: input.kind,
      title: input.title ?? `${input.kind} of ${owner}`,
      bodyHtml: "<p>stored</p>",
      companyId: input.companyId ?? null,
      contactId: input.contactId ?? null,
      dealId: input.dealId ?? null,
    },
  });
}

/** The error a call failed with, for comparing refusals with each other. */
export async function catchError(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error as { code: string; message: string; appCode?: string },
  );
}

import type { PrismaClient } from "@charter/db/client";
import { describe, expect, it } from "vitest";

import { writeLinkTargets, type TLinkTargets } from "../testing/link-targets";
import { callerFor, findPersona, useSeededDatabase } from "../testing/personas";

const getDb = useSeededDatabase();

// Petrov (head of sales Prague, reach over his team) reads records of his own that link to
// the company, contact, object, deal and task of Horáková (Sales Brno), which he may not
// view, and to those of Ivanova (his team), which he may. The Admin may view all of them. A
// hidden link answers null, exactly as no link (D7).

type TPage<T> = { items: T[]; nextCursor: string | null };

/** The item with this id, paging through a whole list. */
async function findListed<T extends { id: string }>(
  list: (cursor: string | undefined) => Promise<TPage<T>>,
  id: string,
): Promise<T | undefined> {
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    const found = page.items.find((item) => item.id === id);
    if (found) return found;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return undefined;
}

const at = (cursor: string | undefined) => (cursor ? { cursor } : {});

async function setting(db: PrismaClient) {
  const petrov = await findPersona(db, "petrov");
  const hidden = await writeLinkTargets(db, "horakova");
  const visible = await writeLinkTargets(db, "ivanova");
  const owned = { projectId: petrov.projectId, responsibleId: petrov.id };
  return {
    db,
    petrov,
    owned,
    hidden,
    visible,
    reader: await callerFor(db, "petrov"),
    admin: await callerFor(db, "admin"),
  };
}

/** The answer's links for these kinds, as the reader should see them. */
function linksOf(targets: TLinkTargets | null, kinds: (keyof TLinkTargets["named"])[]) {
  return Object.fromEntries(kinds.map((kind) => [kind, targets ? targets.named[kind] : null]));
}

describe("activities answer a link the reader may not view as no link (D7)", () => {
  it("get, list, timeline and update: null for Horáková's records, named for Ivanova's and for the Admin", async () => {
    const { db, owned, hidden, visible, reader, admin } = await setting(getDb());
    const kinds = ["company", "contact", "object", "deal"] as const;
    const write = (targets: TLinkTargets) =>
      db.activity.create({
        data: {
          ...owned,
          kind: "call",
          subject: "Linked call",
          occurredAt: new Date(),
          companyId: targets.company.id,
          contactId: targets.contact.id,
          objectId: targets.object.id,
          dealId: targets.deal.id,
        },
      });
    const onHidden = await write(hidden);
    const onVisible = await write(visible);

    await expect(reader.activities.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(null, [...kinds]),
    );
    await expect(reader.activities.get({ id: onVisible.id })).resolves.toMatchObject(
      linksOf(visible, [...kinds]),
    );
    await expect(admin.activities.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(hidden, [...kinds]),
    );
    const listed = await findListed(
      (cursor) => reader.activities.list({ filter: { dealId: hidden.deal.id }, ...at(cursor) }),
      onHidden.id,
    );
    expect(listed).toMatchObject(linksOf(null, [...kinds]));
    const timeline = await findListed(
      (cursor) =>
        reader.activities.timeline({ of: { contactId: visible.contact.id }, ...at(cursor) }),
      onVisible.id,
    );
    expect(timeline).toMatchObject(linksOf(visible, [...kinds]));

    // A save that names no link leaves the hidden ones as they are.
    const saved = await reader.activities.update({
      id: onHidden.id,
      version: onHidden.version,
      fields: { subject: "Renamed call" },
    });
    expect(saved).toMatchObject({ subject: "Renamed call", ...linksOf(null, [...kinds]) });
    await expect(
      db.activity.findUniqueOrThrow({ where: { id: onHidden.id } }),
    ).resolves.toMatchObject({
      companyId: hidden.company.id,
      contactId: hidden.contact.id,
      objectId: hidden.object.id,
      dealId: hidden.deal.id,
    });
  });

  it("the activities behind a report's figure name what they hang on only within reach", async () => {
    const { db, petrov, owned, hidden, visible, reader } = await setting(getDb());
    const write = (targets: TLinkTargets) =>
      db.activity.create({
        data: {
          ...owned,
          kind: "note",
          subject: "Behind a figure",
          occurredAt: new Date(),
          companyId: targets.company.id,
          contactId: targets.contact.id,
          dealId: targets.deal.id,
        },
      });
    const onHidden = await write(hidden);
    const onVisible = await write(visible);
    const behind = (id: string) =>
      findListed(
        (cursor) =>
          reader.reports.activitiesBehind({
            filters: { responsibleId: petrov.id },
            figure: { responsibleId: petrov.id, kind: "note" },
            ...at(cursor),
          }),
        id,
      );

    await expect(behind(onHidden.id)).resolves.toMatchObject({
      company: null,
      contact: null,
      deal: null,
    });
    await expect(behind(onVisible.id)).resolves.toMatchObject(
      linksOf(visible, ["company", "contact", "deal"]),
    );
  });
});

describe("tasks answer a link the reader may not view as no link (D7)", () => {
  it("get, list, due and update: null for Horáková's records, named for Ivanova's and for the Admin", async () => {
    const { db, owned, petrov, hidden, visible, reader, admin } = await setting(getDb());
    const kinds = ["company", "contact", "deal"] as const;
    const write = (targets: TLinkTargets) =>
      db.task.create({
        data: {
          ...owned,
          title: "Linked task",
          assigneeId: petrov.id,
          dueAt: new Date(Date.now() - 60_000),
          companyId: targets.company.id,
          contactId: targets.contact.id,
          dealId: targets.deal.id,
        },
      });
    const onHidden = await write(hidden);
    const onVisible = await write(visible);

    await expect(reader.tasks.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(null, [...kinds]),
    );
    await expect(admin.tasks.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(hidden, [...kinds]),
    );
    const list = (cursor: string | undefined) =>
      reader.tasks.list({ filter: { view: "setByMe" }, limit: 100, ...at(cursor) });
    await expect(findListed(list, onHidden.id)).resolves.toMatchObject(linksOf(null, [...kinds]));
    await expect(findListed(list, onVisible.id)).resolves.toMatchObject(
      linksOf(visible, [...kinds]),
    );
    const due = await reader.reminders.due({});
    expect(due.tasks.find((task) => task.id === onHidden.id)).toMatchObject(
      linksOf(null, [...kinds]),
    );
    expect(due.tasks.find((task) => task.id === onVisible.id)).toMatchObject(
      linksOf(visible, [...kinds]),
    );

    const saved = await reader.tasks.update({
      id: onHidden.id,
      version: onHidden.version,
      fields: { title: "Renamed task" },
    });
    expect(saved).toMatchObject({ title: "Renamed task", ...linksOf(null, [...kinds]) });
    await expect(db.task.findUniqueOrThrow({ where: { id: onHidden.id } })).resolves.toMatchObject({
      companyId: hidden.company.id,
      contactId: hidden.contact.id,
      dealId: hidden.deal.id,
    });
  });
});

describe("reminders answer a link the reader may not view as no link (D7)", () => {
  it("get, list, due and update: null for Horáková's records, named for Ivanova's and for the Admin", async () => {
    const { db, owned, hidden, visible, reader, admin } = await setting(getDb());
    const kinds = ["task", "company", "contact", "deal"] as const;
    const write = (targets: TLinkTargets) =>
      db.reminder.create({
        data: {
          ...owned,
          title: "Linked reminder",
          remindAt: new Date(Date.now() - 60_000),
          taskId: targets.task.id,
          companyId: targets.company.id,
          contactId: targets.contact.id,
          dealId: targets.deal.id,
        },
      });
    const onHidden = await write(hidden);
    const onVisible = await write(visible);

    await expect(reader.reminders.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(null, [...kinds]),
    );
    await expect(admin.reminders.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(hidden, [...kinds]),
    );
    const list = (cursor: string | undefined) =>
      reader.reminders.list({ view: "mine", state: "any", ...at(cursor) });
    await expect(findListed(list, onHidden.id)).resolves.toMatchObject(linksOf(null, [...kinds]));
    await expect(findListed(list, onVisible.id)).resolves.toMatchObject(
      linksOf(visible, [...kinds]),
    );
    const due = await reader.reminders.due({});
    expect(due.reminders.find((each) => each.id === onHidden.id)).toMatchObject(
      linksOf(null, [...kinds]),
    );

    const saved = await reader.reminders.update({
      id: onHidden.id,
      version: onHidden.version,
      fields: { title: "Renamed reminder" },
    });
    expect(saved).toMatchObject({ title: "Renamed reminder", ...linksOf(null, [...kinds]) });
    await expect(
      db.reminder.findUniqueOrThrow({ where: { id: onHidden.id } }),
    ).resolves.toMatchObject({
      taskId: hidden.task.id,
      companyId: hidden.company.id,
      contactId: hidden.contact.id,
      dealId: hidden.deal.id,
    });
  });
});

describe("documents answer a link the reader may not view as no link (D7)", () => {
  it("get and list: null for Horáková's records, named for Ivanova's and for the Admin", async () => {
    const { db, owned, hidden, visible, reader, admin } = await setting(getDb());
    const kinds = ["company", "contact", "deal"] as const;
    const write = (targets: TLinkTargets) =>
      db.document.create({
        data: {
          ...owned,
          kind: "offer",
          title: "Linked offer",
          bodyHtml: "<p>Offer</p>",
          companyId: targets.company.id,
          contactId: targets.contact.id,
          dealId: targets.deal.id,
        },
      });
    const onHidden = await write(hidden);
    const onVisible = await write(visible);

    await expect(reader.documents.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(null, [...kinds]),
    );
    await expect(reader.documents.get({ id: onVisible.id })).resolves.toMatchObject(
      linksOf(visible, [...kinds]),
    );
    await expect(admin.documents.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(hidden, [...kinds]),
    );
    const list = (cursor: string | undefined) => reader.documents.list({ ...at(cursor) });
    await expect(findListed(list, onHidden.id)).resolves.toMatchObject(linksOf(null, [...kinds]));
  });
});

describe("invoices answer a link the reader may not view as no link (D7)", () => {
  it("get and list: company and deal null for Horáková's, named for Ivanova's and for the Admin", async () => {
    const { db, petrov, owned, hidden, visible, admin } = await setting(getDb());
    // No seeded persona reads invoices without reading every client: the Admin lets Petrov
    // read his team's invoices, as an admin would.
    await admin.roles.addOverride({
      employeeId: petrov.id,
      resource: "invoice",
      action: "view",
      effect: "allow",
    });
    const reader = await callerFor(db, "petrov");
    const kinds = ["company", "deal"] as const;
    const write = (targets: TLinkTargets) =>
      db.invoice.create({
        data: {
          ...owned,
          number: `L-${crypto.randomUUID().slice(0, 8)}`,
          currency: "CZK",
          companyId: targets.company.id,
          dealId: targets.deal.id,
          lines: {
            create: [
              { position: 1, description: "Work", quantity: "1", unitPrice: "10", totalNet: "10" },
            ],
          },
        },
      });
    const onHidden = await write(hidden);
    const onVisible = await write(visible);

    await expect(reader.invoices.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(null, [...kinds]),
    );
    await expect(reader.invoices.get({ id: onVisible.id })).resolves.toMatchObject(
      linksOf(visible, [...kinds]),
    );
    await expect(admin.invoices.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(hidden, [...kinds]),
    );
    const list = (cursor: string | undefined) => reader.invoices.list({ ...at(cursor) });
    await expect(findListed(list, onHidden.id)).resolves.toMatchObject(linksOf(null, [...kinds]));
    await expect(findListed(list, onVisible.id)).resolves.toMatchObject(
      linksOf(visible, [...kinds]),
    );
  });
});

describe("objects answer a link the reader may not view as no link (D7)", () => {
  it("get, list and update: null for Horáková's records, named for Ivanova's and for the Admin", async () => {
    const { db, owned, hidden, visible, reader, admin } = await setting(getDb());
    const kinds = ["company", "contact"] as const;
    const write = (targets: TLinkTargets) =>
      db.crmObject.create({
        data: {
          ...owned,
          name: `Linked site ${crypto.randomUUID().slice(0, 8)}`,
          companyId: targets.company.id,
          contactId: targets.contact.id,
        },
      });
    const onHidden = await write(hidden);
    const onVisible = await write(visible);

    await expect(reader.objects.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(null, [...kinds]),
    );
    await expect(admin.objects.get({ id: onHidden.id })).resolves.toMatchObject(
      linksOf(hidden, [...kinds]),
    );
    const list = (cursor: string | undefined) => reader.objects.list({ ...at(cursor) });
    await expect(findListed(list, onHidden.id)).resolves.toMatchObject(linksOf(null, [...kinds]));
    await expect(findListed(list, onVisible.id)).resolves.toMatchObject(
      linksOf(visible, [...kinds]),
    );

    const saved = await reader.objects.update({
      id: onHidden.id,
      version: onHidden.version,
      fields: { address: "Main street 1" },
    });
    expect(saved).toMatchObject({ address: "Main street 1", ...linksOf(null, [...kinds]) });
    await expect(
      db.crmObject.findUniqueOrThrow({ where: { id: onHidden.id } }),
    ).resolves.toMatchObject({ companyId: hidden.company.id, contactId: hidden.contact.id });
  });
});

describe("contacts answer a company the reader may not view as no company (D7)", () => {
  it("carry no companyId beside it, and a save that names no company keeps the hidden one", async () => {
    const { db, owned, hidden, reader, admin } = await setting(getDb());
    const contact = await db.contact.create({
      data: { ...owned, firstName: "Works", lastName: "Elsewhere", companyId: hidden.company.id },
    });

    const read = await reader.contacts.get({ id: contact.id });
    expect(read.company).toBeNull();
    expect(read).not.toHaveProperty("companyId");
    await expect(admin.contacts.get({ id: contact.id })).resolves.toMatchObject({
      company: hidden.named.company,
    });

    const saved = await reader.contacts.update({
      id: contact.id,
      version: contact.version,
      fields: { position: "Buyer" },
    });
    expect(saved).toMatchObject({ position: "Buyer", company: null });
    await expect(
      db.contact.findUniqueOrThrow({ where: { id: contact.id } }),
    ).resolves.toMatchObject({ companyId: hidden.company.id });
  });
});

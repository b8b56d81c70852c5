import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { catchError, makeCompany, makeDocument, ownedBy } from "./documents-test-kit";

const getDb = useSeededDatabase();

type TCaller = Awaited<ReturnType<typeof callerFor>>;

async function listAllIds(caller: TCaller, filters: Parameters<TCaller["documents"]["list"]>[0]) {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await caller.documents.list({
      ...filters,
      limit: 3,
      ...(cursor ? { cursor } : {}),
    });
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe("documents: reach (D7, D9)", () => {
  it("[D9] the Complaints role sees offers but never a contract or an invoice document", async () => {
    const db = getDb();
    const offer = await makeDocument(db, "ivanova", { kind: "offer" });
    const contract = await makeDocument(db, "ivanova", { kind: "contract" });
    const invoiceDoc = await makeDocument(db, "ivanova", { kind: "invoice" });
    const marek = await callerFor(db, "marek");

    const ids = await listAllIds(marek, {});
    expect(ids).toContain(offer.id);
    expect(ids).not.toContain(contract.id);
    expect(ids).not.toContain(invoiceDoc.id);
    await expect(listAllIds(marek, { kind: "contract" })).resolves.toEqual([]);
    await expect(marek.documents.get({ id: offer.id })).resolves.toMatchObject({ kind: "offer" });
    const hidden = await catchError(marek.documents.get({ id: contract.id }));
    const missing = await catchError(marek.documents.get({ id: crypto.randomUUID() }));
    expect(hidden).toMatchObject({ code: "NOT_FOUND", message: missing.message });
    await expect(
      marek.documents.setStatus({ id: contract.id, version: 1, status: "final" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: missing.message });
  });

  it("[D9] lists one contact's documents, for the contact's card", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const contact = await db.contact.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const onContact = await makeDocument(db, "ivanova", { kind: "offer", contactId: contact.id });
    const elsewhere = await makeDocument(db, "ivanova", { kind: "offer" });

    const ids = await listAllIds(await callerFor(db, "ivanova"), { contactId: contact.id });

    expect(ids).toContain(onContact.id);
    expect(ids).not.toContain(elsewhere.id);
  });

  it("[D9] the Complaints role cannot reach any invoice", async () => {
    const db = getDb();
    const invoice = await db.invoice.create({
      data: {
        ...(await ownedBy(db, "ivanova")),
        companyId: (await makeCompany(db, "ivanova", { name: "Invoiced" })).id,
        number: "D9-1",
        currency: "CZK",
      },
    });
    const marek = await callerFor(db, "marek");

    await expect(marek.invoices.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(marek.invoices.get({ id: invoice.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("[D9] the Invoicing clerk sees invoice documents only, and may not delete them", async () => {
    const db = getDb();
    const offer = await makeDocument(db, "ivanova", { kind: "offer" });
    const invoiceDoc = await makeDocument(db, "horakova", { kind: "invoice" });
    const vesela = await callerFor(db, "vesela");

    const ids = await listAllIds(vesela, {});
    expect(ids).toContain(invoiceDoc.id);
    expect(ids).not.toContain(offer.id);
    await expect(
      vesela.documents.setStatus({ id: invoiceDoc.id, version: 1, status: "final" }),
    ).resolves.toMatchObject({ status: "final", version: 2 });
    await expect(vesela.documents.delete({ id: invoiceDoc.id, version: 2 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(db.document.count({ where: { id: invoiceDoc.id } })).resolves.toBe(1);
  });

  it("[D7] a rep sees her own documents only; another team's is the same NOT_FOUND as a missing id", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const mine = await makeDocument(db, "ivanova", { kind: "order" });
    const theirs = await makeDocument(db, "horakova", { kind: "order" });
    const caller = await callerFor(db, "ivanova");

    const ids = await listAllIds(caller, { kind: "order" });
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    const visible = await db.document.count({
      where: { responsibleId: ivanova.id, kind: "order" },
    });
    expect(ids).toHaveLength(visible);
    const hidden = await catchError(caller.documents.get({ id: theirs.id }));
    const missing = await catchError(caller.documents.get({ id: crypto.randomUUID() }));
    expect({ code: hidden.code, message: hidden.message }).toEqual({
      code: missing.code,
      message: missing.message,
    });
    await expect(
      caller.documents.setStatus({ id: theirs.id, version: theirs.version, status: "final" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: missing.message });
    await expect(
      db.document.findUniqueOrThrow({ where: { id: theirs.id } }),
    ).resolves.toMatchObject({ status: "draft", version: 1 });
  });

  it("lists filter by kind, status, company and deal, and pages never repeat a row", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", { name: "Filtered s.r.o." });
    const made = [];
    for (let index = 0; index < 7; index += 1) {
      made.push(await makeDocument(db, "ivanova", { kind: "other", companyId: company.id }));
    }
    await db.document.update({ where: { id: made[0]?.id ?? "" }, data: { status: "sent" } });
    const caller = await callerFor(db, "ivanova");

    const all = await listAllIds(caller, { companyId: company.id });
    expect(new Set(all).size).toBe(7);
    expect([...all].sort()).toEqual(made.map((row) => row.id).sort());
    await expect(listAllIds(caller, { companyId: company.id, status: "sent" })).resolves.toEqual([
      made[0]?.id,
    ]);
    await expect(listAllIds(caller, { companyId: company.id, kind: "offer" })).resolves.toEqual([]);
    await expect(listAllIds(caller, { dealId: crypto.randomUUID() })).resolves.toEqual([]);
    await expect(caller.documents.list({ kind: "letter" } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.documents.list({ projectId: crypto.randomUUID() } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("documents: status and delete", () => {
  it("[E3] moves draft → final → sent → signed; a wrong move or a stale version changes nothing", async () => {
    const db = getDb();
    const document = await makeDocument(db, "ivanova", { kind: "contract" });
    const caller = await callerFor(db, "ivanova");

    const final = await caller.documents.setStatus({
      id: document.id,
      version: 1,
      status: "final",
    });
    await expect(
      caller.documents.setStatus({ id: document.id, version: 1, status: "sent" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      caller.documents.setStatus({ id: document.id, version: final.version, status: "signed" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        "status: a final document cannot become signed; it can become draft or sent or cancelled.",
    });
    const sent = await caller.documents.setStatus({
      id: document.id,
      version: final.version,
      status: "sent",
    });
    const signed = await caller.documents.setStatus({
      id: document.id,
      version: sent.version,
      status: "signed",
    });

    expect(signed).toMatchObject({ status: "signed", version: 4, bodyHtml: "<p>stored</p>" });
    const entries = await db.auditEntry.findMany({
      where: { recordId: document.id },
      orderBy: { createdAt: "asc" },
    });
    expect(
      entries.map((entry) => [entry.action, (entry.after as { status: string }).status]),
    ).toEqual([
      ["update", "final"],
      ["update", "sent"],
      ["update", "signed"],
    ]);
  });

  it("a cancelled document can no longer change", async () => {
    const db = getDb();
    const document = await makeDocument(db, "ivanova", { kind: "offer" });
    const caller = await callerFor(db, "ivanova");
    const cancelled = await caller.documents.setStatus({
      id: document.id,
      version: 1,
      status: "cancelled",
    });

    await expect(
      caller.documents.setStatus({ id: document.id, version: cancelled.version, status: "draft" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "status: a cancelled document cannot become draft; it can no longer change.",
    });
  });

  it("[E3] delete needs its own right and the version read; the audit entry keeps the whole document", async () => {
    const db = getDb();
    const document = await makeDocument(db, "ivanova", { kind: "offer", title: "To delete" });
    // The Sales representative role works documents but deletes none; her head of sales may.
    await expect(
      (await callerFor(db, "ivanova")).documents.delete({ id: document.id, version: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const caller = await callerFor(db, "petrov");

    await expect(caller.documents.delete({ id: document.id, version: 2 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(caller.documents.delete({ id: document.id, version: 1 })).resolves.toEqual({
      id: document.id,
    });

    await expect(db.document.count({ where: { id: document.id } })).resolves.toBe(0);
    const [entry] = await db.auditEntry.findMany({ where: { recordId: document.id } });
    expect(entry).toMatchObject({ action: "delete", resource: "document" });
    expect(entry?.before).toMatchObject({ title: "To delete", bodyHtml: "<p>stored</p>" });
  });
});

import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { catchError, makeCompany, ownedBy } from "../documents/documents-test-kit";

const getDb = useSeededDatabase();

type TCaller = Awaited<ReturnType<typeof callerFor>>;

async function listAllIds(caller: TCaller, filters: Parameters<TCaller["invoices"]["list"]>[0]) {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await caller.invoices.list({
      ...filters,
      limit: 2,
      ...(cursor ? { cursor } : {}),
    });
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/** An invoice written straight to the database, owned by `owner`. */
async function makeInvoice(
  owner: string,
  input: { companyId: string; status?: "draft" | "issued" | "paid"; dueAt?: string },
) {
  return getDb().invoice.create({
    data: {
      ...(await ownedBy(getDb(), owner)),
      companyId: input.companyId,
      number: `R-${crypto.randomUUID()}`,
      currency: "CZK",
      status: input.status ?? "draft",
      dueAt: input.dueAt ? new Date(`${input.dueAt}T00:00:00.000Z`) : null,
      totalNet: "10.00",
      totalGross: "10.00",
      lines: {
        create: {
          position: 1,
          description: "Stored line",
          quantity: "1",
          unitPrice: "10.00",
          totalNet: "10.00",
        },
      },
    },
  });
}

describe("invoices: reads (I2, D7, D9)", () => {
  it("lists filter by status, company and due range; pages never repeat a row", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", { name: "Listed a.s." });
    const early = await makeInvoice("ivanova", { companyId: company.id, dueAt: "2030-01-10" });
    const middle = await makeInvoice("ivanova", {
      companyId: company.id,
      dueAt: "2030-02-15",
      status: "issued",
    });
    const late = await makeInvoice("horakova", { companyId: company.id, dueAt: "2030-03-20" });
    const other = await makeInvoice("ivanova", {
      companyId: (await makeCompany(db, "ivanova", { name: "Elsewhere" })).id,
    });
    const vesela = await callerFor(db, "vesela");

    const all = await listAllIds(vesela, { companyId: company.id });
    expect([...all].sort()).toEqual([early.id, middle.id, late.id].sort());
    expect(all).not.toContain(other.id);
    await expect(listAllIds(vesela, { companyId: company.id, status: "issued" })).resolves.toEqual([
      middle.id,
    ]);
    const inRange = await listAllIds(vesela, {
      companyId: company.id,
      dueFrom: "2030-01-10",
      dueTo: "2030-02-15",
    });
    expect([...inRange].sort()).toEqual([early.id, middle.id].sort());
    await expect(
      vesela.invoices.list({ dueFrom: "2030-03-01", dueTo: "2030-02-01" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(vesela.invoices.list({ dueFrom: "31.1.2030" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("get answers an invoice with its lines, amounts as decimal strings", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", { name: "Got a.s." });
    const stored = await makeInvoice("ivanova", { companyId: company.id });

    await expect(
      (await callerFor(db, "vesela")).invoices.get({ id: stored.id }),
    ).resolves.toMatchObject({
      id: stored.id,
      totalNet: "10.00",
      totalVat: "0.00",
      lines: [{ description: "Stored line", quantity: "1", unitPrice: "10.00", totalNet: "10.00" }],
    });
  });

  it("[D7] an invoice outside the caller's reach is missing: lists leave it out, get answers as a wrong id", async () => {
    const db = getDb();
    const dvorakova = await findPersona(db, "dvorakova");
    // An allow override reaches an Administration user's subordinates: the Brno team.
    await db.permissionOverride.create({
      data: { employeeId: dvorakova.id, resource: "invoice", action: "view", effect: "allow" },
    });
    const company = await makeCompany(db, "ivanova", { name: "Split reach" });
    const brno = await makeInvoice("horakova", { companyId: company.id });
    const prague = await makeInvoice("ivanova", { companyId: company.id });
    const caller = await callerFor(db, "dvorakova");

    await expect(listAllIds(caller, { companyId: company.id })).resolves.toEqual([brno.id]);
    await expect(caller.invoices.get({ id: brno.id })).resolves.toMatchObject({ id: brno.id });
    const hidden = await catchError(caller.invoices.get({ id: prague.id }));
    const missing = await catchError(caller.invoices.get({ id: crypto.randomUUID() }));
    expect(hidden).toMatchObject({ code: "NOT_FOUND", message: missing.message });
    // Another project's invoice is missing too, even to a project-wide clerk.
    const b2cCompany = await db.company.findFirstOrThrow({
      where: { project: { slug: "charter-b2c" } },
    });
    const b2c = await db.invoice.create({
      data: {
        projectId: b2cCompany.projectId,
        responsibleId: b2cCompany.responsibleId,
        companyId: b2cCompany.id,
        number: "B2C-1",
        currency: "CZK",
      },
    });
    await expect(
      (await callerFor(db, "vesela")).invoices.get({ id: b2c.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: missing.message });
  });

  it("[D9] invoices are closed to the Complaints role and the Sales representative; the read-only admin reads but never writes", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", { name: "Closed a.s." });
    const stored = await makeInvoice("ivanova", { companyId: company.id });

    for (const persona of ["marek", "ivanova"]) {
      const caller = await callerFor(db, persona);
      await expect(caller.invoices.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        caller.invoices.create({ companyId: company.id, currency: "CZK" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const auditor = await callerFor(db, "auditor");
    await expect(auditor.invoices.get({ id: stored.id })).resolves.toMatchObject({ id: stored.id });
    await expect(
      auditor.invoices.setStatus({ id: stored.id, version: stored.version, status: "issued" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "read-only" } });
    await expect(db.invoice.findUniqueOrThrow({ where: { id: stored.id } })).resolves.toMatchObject(
      {
        status: "draft",
      },
    );
  });
});

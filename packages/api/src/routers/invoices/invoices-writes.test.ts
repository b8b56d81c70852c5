import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { catchError, makeCompany, makeDeal } from "../documents/documents-test-kit";

const getDb = useSeededDatabase();

const line = (description: string, quantity: string, unitPrice: string, vatRate = "21") => ({
  description,
  quantity,
  unitPrice,
  vatRate,
});

describe("invoices: create (I2)", () => {
  it("[I2] the Invoicing clerk creates a draft: next number, decimal totals, product defaults, audit", async () => {
    const db = getDb();
    const vesela = await findPersona(db, "vesela");
    const company = await makeCompany(db, "ivanova", { name: "Billed a.s." });
    const product = await db.product.findFirstOrThrow({
      where: { projectId: vesela.projectId, sku: "SRV-TRN" },
    });
    const caller = await callerFor(db, "vesela");
    const year = new Date().getUTCFullYear();

    const first = await caller.invoices.create({
      companyId: company.id,
      currency: "CZK",
      dueAt: "2031-01-31",
      lines: [
        line("Licence", "3", "0.10"),
        line("Licence", "3", "0.20"),
        { productId: product.id, quantity: "1.5" },
      ],
    });
    const second = await caller.invoices.create({ companyId: company.id, currency: "EUR" });

    expect(first).toMatchObject({
      number: `${year}-00001`,
      status: "draft",
      currency: "CZK",
      dueAt: "2031-01-31",
      issuedAt: null,
      company: { id: company.id, name: company.name },
      responsible: { id: vesela.id },
      totalNet: "13500.90",
      // 21 % of 13,500.90 = 2,835.189 → 2,835.19, once for the rate.
      totalVat: "2835.19",
      totalGross: "16336.09",
      version: 1,
    });
    expect(first.lines).toEqual([
      expect.objectContaining({ position: 1, quantity: "3", unitPrice: "0.10", totalNet: "0.30" }),
      expect.objectContaining({ position: 2, unitPrice: "0.20", totalNet: "0.60" }),
      expect.objectContaining({
        position: 3,
        product: { id: product.id, name: product.name },
        description: "Training (day)",
        quantity: "1.5",
        unitPrice: "9000.00",
        vatRate: "21.00",
        totalNet: "13500.00",
      }),
    ]);
    expect(second).toMatchObject({ number: `${year}-00002`, totalGross: "0.00", lines: [] });
    const [entry] = await db.auditEntry.findMany({ where: { recordId: first.id } });
    expect(entry).toMatchObject({ action: "create", resource: "invoice", employeeId: vesela.id });
  });

  it("[I2] two creates at the same moment never get the same number", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", { name: "Racing s.r.o." });
    const caller = await callerFor(db, "vesela");

    const numbers: string[] = [];
    for (let round = 0; round < 5; round += 1) {
      const pair = await Promise.all([
        caller.invoices.create({ companyId: company.id, currency: "CZK" }),
        caller.invoices.create({ companyId: company.id, currency: "CZK" }),
      ]);
      numbers.push(...pair.map((invoice) => invoice.number));
    }

    expect(new Set(numbers).size).toBe(10);
    const sequence = numbers.map((number) => Number(number.slice(5))).sort((a, b) => a - b);
    expect((sequence.at(-1) ?? 0) - (sequence[0] ?? 0)).toBe(9);
  });

  it("[D7] the company is required and must be one the caller may view; a deal too", async () => {
    const db = getDb();
    const caller = await callerFor(db, "vesela");
    const otherProject = await db.company.findFirstOrThrow({
      where: { project: { slug: "charter-b2c" } },
    });
    const before = await db.invoice.count();

    await expect(caller.invoices.create({ currency: "CZK" } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const hidden = await catchError(
      caller.invoices.create({ companyId: otherProject.id, currency: "CZK" }),
    );
    const missing = await catchError(
      caller.invoices.create({ companyId: crypto.randomUUID(), currency: "CZK" }),
    );
    expect(hidden).toMatchObject({ code: "BAD_REQUEST", message: missing.message });
    expect(hidden.message).toBe("companyId: no company with this id; pick one from the list.");
    const company = await makeCompany(db, "ivanova", { name: "With deal" });
    await expect(
      caller.invoices.create({
        companyId: company.id,
        dealId: crypto.randomUUID(),
        currency: "CZK",
      }),
    ).rejects.toMatchObject({ message: "dealId: no deal with this id; pick one from the list." });
    await expect(db.invoice.count()).resolves.toBe(before);
  });

  it("hostile amounts are refused with the field named, never stored as floats or overflowed", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", { name: "Hostile amounts" });
    const caller = await callerFor(db, "vesela");
    const create = (lines: unknown) =>
      caller.invoices.create({ companyId: company.id, currency: "CZK", lines } as never);
    const before = await db.invoice.count();

    for (const bad of [
      [{ description: "float", quantity: 1, unitPrice: "1.00" }],
      [line("negative", "-1", "1.00")],
      [line("zero", "0", "1.00")],
      [line("cents", "1", "1.001")],
      [line("vat", "1", "1.00", "120")],
      [{ ...line("extra", "1", "1.00"), totalNet: "5.00" }],
      [{ quantity: "1", unitPrice: "1.00" }],
      [{ productId: crypto.randomUUID(), quantity: "1" }],
    ]) {
      await expect(create(bad)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(create([line("huge", "999999999", "999999999999.99")])).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "lines[0]: the amount is too large to store (at most 999,999,999,999.99).",
    });
    await expect(
      caller.invoices.create({ companyId: company.id, currency: "czk" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(db.invoice.count()).resolves.toBe(before);
  });
});

describe("invoices: changes (I2)", () => {
  it("[I2] a draft's lines change and totals follow; a stale version is a CONFLICT", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", { name: "Changing lines" });
    const deal = await makeDeal(db, "ivanova", { companyId: company.id, title: "D", amount: "1" });
    const caller = await callerFor(db, "vesela");
    const draft = await caller.invoices.create({
      companyId: company.id,
      currency: "CZK",
      lines: [line("one", "1", "100.00")],
    });

    const updated = await caller.invoices.update({
      id: draft.id,
      version: draft.version,
      dealId: deal.id,
      dueAt: "2031-06-30",
      lines: [line("two", "2", "50.00", "12"), line("three", "1", "0.01", "0")],
    });
    await expect(
      caller.invoices.update({ id: draft.id, version: draft.version, lines: [] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    expect(updated).toMatchObject({
      version: 2,
      deal: { id: deal.id, name: deal.title },
      dueAt: "2031-06-30",
      totalNet: "100.01",
      totalVat: "12.00",
      totalGross: "112.01",
    });
    expect(updated.lines.map((row) => row.description)).toEqual(["two", "three"]);
    await expect(db.invoiceLine.count({ where: { invoiceId: draft.id } })).resolves.toBe(2);
    const entries = await db.auditEntry.findMany({
      where: { recordId: draft.id, action: "update" },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.before).toMatchObject({ totalGross: "121.00" });
    expect(entries[0]?.after).toMatchObject({ totalGross: "112.01" });
  });

  it("[I2] issued → paid; an issued invoice's lines cannot change, and it cannot be deleted", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", { name: "Issued s.r.o." });
    const caller = await callerFor(db, "vesela");
    const empty = await caller.invoices.create({ companyId: company.id, currency: "CZK" });
    await expect(
      caller.invoices.setStatus({ id: empty.id, version: 1, status: "issued" }),
    ).rejects.toMatchObject({
      message: "status: add at least one line before issuing the invoice.",
    });
    const draft = await caller.invoices.update({
      id: empty.id,
      version: 1,
      lines: [line("work", "1", "1000.00")],
    });

    const issued = await caller.invoices.setStatus({
      id: draft.id,
      version: draft.version,
      status: "issued",
    });
    const refusedLines = await catchError(
      caller.invoices.update({ id: draft.id, version: issued.version, lines: [] }),
    );
    const refusedDelete = await catchError(
      caller.invoices.delete({ id: draft.id, version: issued.version }),
    );
    const paid = await caller.invoices.setStatus({
      id: draft.id,
      version: issued.version,
      status: "paid",
    });

    expect(issued).toMatchObject({
      status: "issued",
      issuedAt: new Date().toISOString().slice(0, 10),
    });
    expect(refusedLines).toMatchObject({ code: "CONFLICT" });
    expect(refusedLines.message).toContain("its lines and terms can no longer change");
    expect(refusedDelete).toMatchObject({ code: "CONFLICT" });
    expect(paid.status).toBe("paid");
    expect(paid.paidAt).toBeInstanceOf(Date);
    expect(paid.lines).toHaveLength(1);
    await expect(
      caller.invoices.setStatus({ id: draft.id, version: paid.version, status: "cancelled" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "status: a paid invoice cannot become cancelled; it can no longer change.",
    });
  });

  it("[I2] a draft is deleted with its lines; the audit entry keeps them", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", { name: "Deleted draft" });
    const caller = await callerFor(db, "vesela");
    const draft = await caller.invoices.create({
      companyId: company.id,
      currency: "CZK",
      lines: [line("gone", "1", "10.00")],
    });

    await expect(caller.invoices.delete({ id: draft.id, version: 2 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await caller.invoices.delete({ id: draft.id, version: 1 });

    await expect(db.invoice.count({ where: { id: draft.id } })).resolves.toBe(0);
    await expect(db.invoiceLine.count({ where: { invoiceId: draft.id } })).resolves.toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { recordId: draft.id, action: "delete" },
    });
    expect(entry.before).toMatchObject({ number: draft.number, lines: [{ description: "gone" }] });
  });
});

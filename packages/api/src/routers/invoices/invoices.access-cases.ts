import { companyFixture, ownerOf } from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";

/** A one-line draft invoice of the owner, billed to a company of theirs. */
const invoiceFixture: TFixtureFactory = async (db, ownerName) => {
  const { owned } = await ownerOf(db, ownerName);
  const company = await db.company.create({
    data: { ...owned, name: `Billed by ${ownerName}` },
    select: { id: true },
  });
  const row = await db.invoice.create({
    data: {
      ...owned,
      companyId: company.id,
      number: `MATRIX-${crypto.randomUUID()}`,
      currency: "CZK",
      totalNet: "100.00",
      totalVat: "21.00",
      totalGross: "121.00",
      lines: {
        create: {
          position: 1,
          description: "Matrix line",
          quantity: "1",
          unitPrice: "100.00",
          vatRate: "21",
          totalNet: "100.00",
        },
      },
    },
    select: { id: true, version: true, responsibleId: true },
  });
  return { ...row, record: "invoice" };
};

const invoice = { resource: "invoice", fixture: invoiceFixture } as const;
const oneLine = [{ description: "Consulting", quantity: "2", unitPrice: "50.00", vatRate: "21" }];

export const INVOICE_CASES: TAccessCases = {
  "invoices.list": {
    ...invoice,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.invoices.list({ limit: 1 }),
  },
  "invoices.get": {
    ...invoice,
    action: "view",
    fresh: false,
    call: (caller, row) => caller.invoices.get({ id: row.id }),
  },
  // Judged on a draft billed to the owner's company: reviewed in the snapshot.
  "invoices.create": {
    resource: "invoice",
    action: "create",
    judge: "none",
    fixture: companyFixture,
    fresh: false,
    call: (caller, row) =>
      caller.invoices.create({ companyId: row.id, currency: "CZK", lines: oneLine }),
  },
  "invoices.update": {
    ...invoice,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.invoices.update({ id: row.id, version: row.version, lines: oneLine }),
  },
  "invoices.setStatus": {
    ...invoice,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.invoices.setStatus({ id: row.id, version: row.version, status: "issued" }),
  },
  "invoices.delete": {
    ...invoice,
    action: "delete",
    fresh: true,
    call: (caller, row) => caller.invoices.delete({ id: row.id, version: row.version }),
  },
};

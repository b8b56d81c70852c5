import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { catchError, opportunityStages } from "./deals-test-kit";

const getDb = useSeededDatabase();

describe("deals: writes", () => {
  it("[B3] create stamps the creator's direction, starts in the first stage with its history and audit", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const employee = await db.employee.findUniqueOrThrow({ where: { id: ivanova.id } });
    const { stages } = await opportunityStages(db);
    const company = await db.company.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const caller = await callerFor(db, "ivanova");

    const deal = await caller.deals.create({
      title: "New licence",
      currency: "CZK",
      amount: "125000.5",
      companyId: company.id,
    });

    expect(deal).toMatchObject({
      title: "New licence",
      amount: "125000.50",
      status: "open",
      stage: { id: stages[0]?.id },
      directionId: employee.directionId,
      departmentId: employee.departmentId,
      responsible: { id: ivanova.id },
      company: { id: company.id, name: company.name },
      partner: null,
      version: 1,
    });
    const history = await db.dealStageChange.findMany({ where: { dealId: deal.id } });
    expect(history).toMatchObject([{ fromStageId: null, toStageId: stages[0]?.id }]);
    const [entry] = await db.auditEntry.findMany({ where: { recordId: deal.id } });
    expect(entry).toMatchObject({ action: "create", resource: "deal", employeeId: ivanova.id });

    const won = await caller.deals.create({
      title: "Signed already",
      currency: "CZK",
      stageId: stages.find((stage) => stage.outcome === "won")?.id,
    });
    expect(won).toMatchObject({ status: "won", closedAt: expect.any(Date) as unknown });
  });

  it("[D7] a company, contact or partner the caller may not view looks missing when linked", async () => {
    const db = getDb();
    const dvorakova = await findPersona(db, "dvorakova");
    const hidden = await db.company.findFirstOrThrow({
      where: { responsibleId: dvorakova.id, isPartner: false },
    });
    const hiddenContact = await db.contact.findFirstOrThrow({
      where: { responsibleId: dvorakova.id },
    });
    const partner = await db.company.findFirstOrThrow({ where: { isPartner: true } });
    const caller = await callerFor(db, "petrov");
    const before = await db.deal.count();

    for (const [field, hiddenId] of [
      ["companyId", hidden.id],
      ["contactId", hiddenContact.id],
      ["partnerId", partner.id],
    ] as const) {
      const refused = await catchError(
        caller.deals.create({ title: "Link", currency: "CZK", [field]: hiddenId }),
      );
      const missing = await catchError(
        caller.deals.create({ title: "Link", currency: "CZK", [field]: crypto.randomUUID() }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.message).toBe(missing.message);
      expect(refused.message).toMatch(new RegExp(`^${field}: `));
    }
    await expect(db.deal.count()).resolves.toBe(before);

    // A deal the caller may view that links a company they may not: the link is not shown.
    const petrov = await findPersona(db, "petrov");
    const own = await db.deal.findFirstOrThrow({ where: { responsibleId: petrov.id } });
    await db.deal.update({ where: { id: own.id }, data: { companyId: hidden.id } });
    await expect(caller.deals.get({ id: own.id })).resolves.toMatchObject({ company: null });
  });

  it("create for someone else needs assign; assign and delete need their own rights", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const cerny = await findPersona(db, "cerny");
    const rep = await callerFor(db, "ivanova");
    const head = await callerFor(db, "petrov");

    await expect(
      rep.deals.create({ title: "For Černý", currency: "CZK", responsibleId: cerny.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const deal = await head.deals.create({
      title: "For Ivanova",
      currency: "CZK",
      responsibleId: ivanova.id,
    });
    expect(deal.responsible.id).toBe(ivanova.id);

    await expect(
      rep.deals.assign({ id: deal.id, version: deal.version, responsibleId: cerny.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const moved = await head.deals.assign({
      id: deal.id,
      version: deal.version,
      responsibleId: cerny.id,
    });
    expect(moved).toMatchObject({ responsible: { id: cerny.id }, version: deal.version + 1 });
    await expect(rep.deals.delete({ id: deal.id, version: moved.version })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(head.deals.delete({ id: deal.id, version: moved.version })).resolves.toEqual({
      id: deal.id,
    });
    await expect(db.deal.findUnique({ where: { id: deal.id } })).resolves.toBeNull();
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { recordId: deal.id, action: "delete" },
    });
    expect(entry.before).toMatchObject({
      title: "For Ivanova",
      _count: { stageChanges: 1, products: 0 },
    });
  });

  it("[E3] update is versioned: a stale version is a CONFLICT and changes nothing", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const deal = await db.deal.findFirstOrThrow({
      where: { responsibleId: ivanova.id, products: { none: {} } },
    });
    const caller = await callerFor(db, "ivanova");

    const saved = await caller.deals.update({
      id: deal.id,
      version: deal.version,
      fields: { title: "First save", amount: "990" },
    });
    expect(saved).toMatchObject({
      title: "First save",
      amount: "990.00",
      version: deal.version + 1,
    });
    await expect(
      caller.deals.update({ id: deal.id, version: deal.version, fields: { title: "Stale" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(db.deal.findUniqueOrThrow({ where: { id: deal.id } })).resolves.toMatchObject({
      title: "First save",
      version: deal.version + 1,
    });
  });

  it("[G2] product lines: the amount is their rounded total; a deal with lines takes no amount by hand", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const product = (sku: string) =>
      db.product.findFirstOrThrow({ where: { sku, projectId: ivanova.projectId } });
    const [licence, training, phone] = await Promise.all([
      product("CRM-STD"),
      product("SRV-TRN"),
      product("HW-PHN"),
    ]);
    const caller = await callerFor(db, "ivanova");
    const deal = await caller.deals.create({ title: "Bundle", currency: "CZK", amount: "5" });

    const priced = await caller.deals.setProducts({
      id: deal.id,
      version: deal.version,
      lines: [
        { productId: licence.id, quantity: "3" },
        { productId: training.id, quantity: "1.5", discount: "10" },
        { productId: phone.id, quantity: "7", unitPrice: "3333.33", discount: "12.5" },
      ],
    });
    // 3 × 12000 + 1.5 × 9000 × 0.9 + round(7 × 3333.33 × 0.875) = 36000 + 12150 + 20416.65
    expect(priced).toMatchObject({ amount: "68566.65", version: deal.version + 1 });
    const details = await caller.deals.get({ id: deal.id });
    expect(details.lines.map((line) => [line.product.sku, line.quantity, line.total])).toEqual([
      ["CRM-STD", "3", "36000.00"],
      ["SRV-TRN", "1.5", "12150.00"],
      ["HW-PHN", "7", "20416.65"],
    ]);
    await expect(
      caller.deals.update({ id: deal.id, version: priced.version, fields: { amount: "1" } }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^amount: /) as unknown,
    });
    await expect(
      caller.deals.setProducts({ id: deal.id, version: deal.version, lines: [] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const cleared = await caller.deals.setProducts({
      id: deal.id,
      version: priced.version,
      lines: [],
    });
    expect(cleared).toMatchObject({ amount: "68566.65" });
    await expect(
      caller.deals.update({ id: deal.id, version: cleared.version, fields: { amount: "70000" } }),
    ).resolves.toMatchObject({ amount: "70000.00" });
  });

  it("[G2] lines name products of the catalogue, still sold, priced in the deal's currency", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const licence = await db.product.findFirstOrThrow({
      where: { sku: "CRM-ENT", projectId: ivanova.projectId },
    });
    const b2c = await db.product.findFirstOrThrow({
      where: { sku: "CRM-ENT", NOT: { projectId: ivanova.projectId } },
    });
    const retired = await db.product.create({
      data: {
        projectId: ivanova.projectId,
        sku: "OLD-1",
        name: "Retired box",
        unitPrice: "10",
        currency: "CZK",
        isActive: false,
      },
    });
    const caller = await callerFor(db, "ivanova");
    const deal = await caller.deals.create({ title: "In euros", currency: "EUR" });
    const attempt = (lines: { productId: string; quantity: string; unitPrice?: string }[]) =>
      caller.deals.setProducts({ id: deal.id, version: deal.version, lines });

    await expect(attempt([{ productId: b2c.id, quantity: "1" }])).rejects.toMatchObject({
      message: "lines.0.productId: no product with this id.",
    });
    await expect(attempt([{ productId: retired.id, quantity: "1" }])).rejects.toMatchObject({
      message: expect.stringContaining("no longer sold") as unknown,
    });
    await expect(attempt([{ productId: licence.id, quantity: "1" }])).rejects.toMatchObject({
      message: expect.stringContaining("priced in CZK") as unknown,
    });
    await expect(
      attempt([{ productId: licence.id, quantity: "2", unitPrice: "1900" }]),
    ).resolves.toMatchObject({ amount: "3800.00", currency: "EUR" });
    await expect(db.dealProduct.count({ where: { dealId: deal.id } })).resolves.toBe(1);
  });
});

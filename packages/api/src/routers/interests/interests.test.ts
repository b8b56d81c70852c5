import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

describe("interests (G5)", () => {
  it("[B3] create stamps the creator's direction; update is versioned; assign and delete need their own rights", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const cerny = await findPersona(db, "cerny");
    const employee = await db.employee.findUniqueOrThrow({ where: { id: ivanova.id } });
    const company = await db.company.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const caller = await callerFor(db, "ivanova");

    const lead = await caller.interests.create({
      title: "Wants a demo",
      source: "web form",
      companyId: company.id,
    });
    expect(lead).toMatchObject({
      status: "new",
      directionId: employee.directionId,
      responsible: { id: ivanova.id },
      company: { id: company.id, name: company.name },
      version: 1,
    });
    const saved = await caller.interests.update({
      id: lead.id,
      version: lead.version,
      fields: { status: "qualified" },
    });
    expect(saved).toMatchObject({ status: "qualified", version: 2 });
    await expect(
      caller.interests.update({ id: lead.id, version: lead.version, fields: { title: "Stale" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      caller.interests.assign({ id: lead.id, version: saved.version, responsibleId: cerny.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const petrov = await callerFor(db, "petrov");
    const moved = await petrov.interests.assign({
      id: lead.id,
      version: saved.version,
      responsibleId: cerny.id,
    });
    expect(moved.responsible.id).toBe(cerny.id);
    await expect(caller.interests.get({ id: lead.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(petrov.interests.delete({ id: lead.id, version: moved.version })).resolves.toEqual(
      {
        id: lead.id,
      },
    );
    const actions = await db.auditEntry.findMany({
      where: { recordId: lead.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual(["create", "update", "assign", "delete"]);
  });

  it("[G5] convert makes a deal linked to the interest in one step, with the product as its first line", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const product = await db.product.findFirstOrThrow({
      where: { sku: "SRV-IMPL", projectId: ivanova.projectId },
    });
    const company = await db.company.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const caller = await callerFor(db, "ivanova");
    const lead = await caller.interests.create({
      title: "Implementation for the new branch",
      companyId: company.id,
      productId: product.id,
    });

    const { interest, deal } = await caller.interests.convert({
      id: lead.id,
      version: lead.version,
    });

    expect(interest).toMatchObject({ status: "converted", version: lead.version + 1 });
    expect(deal).toMatchObject({
      title: "Implementation for the new branch",
      currency: "CZK",
      amount: "14000.00",
      status: "open",
      stage: { name: "Qualification" },
      interest: { id: lead.id },
      company: { id: company.id },
      responsible: { id: ivanova.id },
    });
    const stored = await db.deal.findUniqueOrThrow({
      where: { id: deal.id },
      include: { products: true, stageChanges: true },
    });
    expect(stored.interestId).toBe(lead.id);
    expect(stored.products.map((line) => [line.productId, line.quantity.toString()])).toEqual([
      [product.id, "1"],
    ]);
    expect(stored.stageChanges).toHaveLength(1);
    await expect(
      caller.interests.convert({ id: lead.id, version: interest.version }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already converted") as unknown,
    });
    await expect(
      caller.interests.update({
        id: lead.id,
        version: interest.version,
        fields: { status: "new" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("[G5] a refused conversion leaves the interest as it was and no deal behind", async () => {
    const db = getDb();
    const caller = await callerFor(db, "ivanova");
    const lead = await caller.interests.create({ title: "Almost a deal" });
    const deals = await db.deal.count();

    // No currency and no product to take one from: refused after the checks, before writing.
    await expect(
      caller.interests.convert({ id: lead.id, version: lead.version }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("currency") as unknown,
    });
    // A partner that is no partner: refused inside the transaction, nothing kept.
    const notPartner = await db.company.findFirstOrThrow({ where: { isPartner: false } });
    await expect(
      caller.interests.convert({
        id: lead.id,
        version: lead.version,
        currency: "CZK",
        partnerId: notPartner.id,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("partnerId") as unknown,
    });
    // A stale version of the interest.
    await expect(
      caller.interests.convert({ id: lead.id, version: lead.version + 1, currency: "CZK" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(db.deal.count()).resolves.toBe(deals);
    await expect(db.interest.findUniqueOrThrow({ where: { id: lead.id } })).resolves.toMatchObject({
      status: "new",
      version: lead.version,
    });
  });

  it("[G5] convert needs the right to create deals and to edit the interest", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    const theirs = await db.interest.create({
      data: {
        projectId: horakova.projectId,
        title: "Brno lead",
        responsibleId: horakova.id,
        directionId: (await db.employee.findUniqueOrThrow({ where: { id: horakova.id } }))
          .directionId,
      },
    });
    // The partner account manager reads the direction's interests but creates no deals.
    const pam = await callerFor(db, "prochazka");
    await expect(pam.interests.get({ id: theirs.id })).resolves.toMatchObject({ id: theirs.id });
    await expect(
      pam.interests.convert({ id: theirs.id, version: theirs.version, currency: "CZK" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A rep of the other team does not even see it.
    await expect(
      (await callerFor(db, "ivanova")).interests.convert({
        id: theirs.id,
        version: theirs.version,
        currency: "CZK",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Their head of sales converts it; the deal stays their rep's.
    const { deal } = await (
      await callerFor(db, "dvorakova")
    ).interests.convert({ id: theirs.id, version: theirs.version, currency: "EUR" });
    expect(deal).toMatchObject({
      responsible: { id: horakova.id },
      currency: "EUR",
      amount: "0.00",
    });
  });

  it("hostile input: literal search, extra keys, a status set by hand to converted", async () => {
    const db = getDb();
    const caller = await callerFor(db, "admin");
    const lead = await caller.interests.create({ title: "50% off_sale' --" });

    await expect(caller.interests.count({ search: "% off_" })).resolves.toEqual({ count: 1 });
    await expect(caller.interests.count({ search: "%" })).resolves.toEqual({ count: 1 });
    await expect(caller.interests.count({ search: "_" })).resolves.toEqual({ count: 1 });
    await expect(
      caller.interests.create({ title: "x", projectId: crypto.randomUUID() } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.interests.update({
        id: lead.id,
        version: lead.version,
        fields: { status: "converted" } as never,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.interests.update({
        id: lead.id,
        version: lead.version,
        fields: { responsibleId: crypto.randomUUID() } as never,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

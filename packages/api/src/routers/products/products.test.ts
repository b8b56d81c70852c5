import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

describe("products: the catalogue (G2)", () => {
  it("lists the catalogue with a literal search on SKU and name", async () => {
    const caller = await callerFor(getDb(), "ivanova");

    const byName = await caller.products.list({ search: "laptop" });
    expect(byName.items.map((product) => product.sku)).toEqual(["HW-LAP"]);
    expect(byName.items[0]).toMatchObject({
      unitPrice: "32000.00",
      vatRate: "21.00",
      currency: "CZK",
    });
    const bySku = await caller.products.list({ search: "srv-" });
    expect(bySku.items.map((product) => product.sku).sort()).toEqual([
      "SRV-AUD",
      "SRV-IMPL",
      "SRV-SUP",
      "SRV-TRN",
    ]);
    // `_` and `%` are matched literally, not as wildcards.
    await expect(caller.products.list({ search: "_" })).resolves.toMatchObject({ items: [] });
    await expect(caller.products.list({ search: "%" })).resolves.toMatchObject({ items: [] });
    const all = await caller.products.list({ limit: 5 });
    expect(all.items).toHaveLength(5);
    const next = await caller.products.list({ limit: 100, cursor: all.nextCursor ?? "" });
    expect(next.items).toHaveLength(7);
  });

  it("create, versioned update, SKU unique, deactivate: an inactive product leaves the list and cannot be picked", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const created = await admin.products.create({
      sku: "SW-CRM-X",
      name: "CRM add-on",
      unitPrice: "1500.5",
      currency: "EUR",
      vatRate: "21",
    });
    expect(created).toMatchObject({
      unitPrice: "1500.50",
      vatRate: "21.00",
      isActive: true,
      version: 1,
    });
    await expect(
      admin.products.create({ sku: "SW-CRM-X", name: "Twin", unitPrice: "1", currency: "EUR" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("sku") as unknown,
    });

    const saved = await admin.products.update({
      id: created.id,
      version: created.version,
      fields: { unitPrice: "1600" },
    });
    expect(saved).toMatchObject({ unitPrice: "1600.00", version: 2 });
    await expect(
      admin.products.update({
        id: created.id,
        version: created.version,
        fields: { name: "Stale" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const off = await admin.products.deactivate({ id: created.id, version: saved.version });
    expect(off.isActive).toBe(false);
    const listed = await admin.products.list({ search: "SW-CRM-X" });
    expect(listed.items).toEqual([]);
    const withInactive = await admin.products.list({ search: "SW-CRM-X", includeInactive: true });
    expect(withInactive.items.map((product) => product.id)).toEqual([created.id]);
    await expect(
      admin.interests.create({ title: "Wants the add-on", productId: created.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("no longer sold") as unknown,
    });
    const entries = await db.auditEntry.findMany({
      where: { recordId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual(["create", "update", "deactivate"]);
  });

  it("a rep reads the catalogue but may not change it; another project's product is missing", async () => {
    const db = getDb();
    const ivanova = await callerFor(db, "ivanova");
    const product = await db.product.findFirstOrThrow({
      where: { sku: "CRM-STD", project: { slug: "charter-b2b" } },
    });
    const b2c = await db.product.findFirstOrThrow({
      where: { sku: "CRM-STD", project: { slug: "charter-b2c" } },
    });

    await expect(ivanova.products.get({ id: product.id })).resolves.toMatchObject({
      sku: "CRM-STD",
    });
    await expect(
      ivanova.products.update({
        id: product.id,
        version: product.version,
        fields: { name: "Mine" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ivanova.products.get({ id: b2c.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      (await callerFor(db, "admin")).products.update({
        id: b2c.id,
        version: b2c.version,
        fields: { name: "Theirs" },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await findPersona(db, "admin")).projectId).not.toBe(b2c.projectId);
  });

  it("hostile input: malformed prices, extra keys and operator objects are refused", async () => {
    const admin = await callerFor(getDb(), "admin");
    for (const unitPrice of ["1e5", "-1", "12.345", "1 OR 1=1", ""]) {
      await expect(
        admin.products.create({ sku: "BAD", name: "Bad", unitPrice, currency: "CZK" }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(
      admin.products.create({
        sku: "BAD",
        name: "Bad",
        unitPrice: "1",
        currency: "CZK",
        projectId: crypto.randomUUID(),
      } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      admin.products.list({ search: { contains: "" } as unknown as string }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { opportunityStages } from "./deals-test-kit";

const getDb = useSeededDatabase();

describe("deals: built-in field rules on the amount", () => {
  it("[D2] the Telephonist never receives a deal's amount: not in get, its lines' prices, list or board sums", async () => {
    const db = getDb();
    const cerny = await findPersona(db, "cerny");
    const { pipeline, byKey } = await opportunityStages(db);
    const product = await db.product.findFirstOrThrow({
      where: { sku: "CRM-STD", projectId: cerny.projectId },
    });
    // The Telephonist sees their own deals (seeded role), with the amount hidden (its field rule).
    const deal = await db.deal.create({
      data: {
        projectId: cerny.projectId,
        title: "Called in",
        amount: "24000.00",
        currency: "CZK",
        pipelineId: pipeline.id,
        stageId: byKey("proposal").id,
        responsibleId: cerny.id,
        products: { create: { productId: product.id, quantity: "2", unitPrice: "12000.00" } },
      },
    });
    const caller = await callerFor(db, "cerny");

    const seen = await caller.deals.get({ id: deal.id });
    expect(seen).not.toHaveProperty("amount");
    expect(seen.lines).toEqual([
      {
        id: expect.any(String) as unknown,
        product: { id: product.id, sku: "CRM-STD", name: product.name },
        quantity: "2",
      },
    ]);
    const { items } = await caller.deals.list({});
    expect(items.map((item) => item.id)).toEqual([deal.id]);
    expect(items.some((item) => "amount" in item)).toBe(false);
    const board = await caller.deals.board({ pipelineId: pipeline.id });
    const column = board.columns.find((each) => each.id === byKey("proposal").id);
    expect(column).toMatchObject({ count: 1 });
    expect(board.columns.every((each) => !("sums" in each))).toBe(true);
    expect(JSON.stringify(board)).not.toContain("24000");

    // The director reads it as stored.
    await expect(
      (await callerFor(db, "director")).deals.get({ id: deal.id }),
    ).resolves.toMatchObject({ amount: "24000.00", lines: [{ total: "24000.00" }] });
  });

  it("[D2] Complaints edits deals but only reads the amount: amount and lines are refused, the rest saves", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const deal = await db.deal.findFirstOrThrow({ where: { responsibleId: ivanova.id } });
    const caller = await callerFor(db, "marek");

    await expect(
      caller.deals.update({ id: deal.id, version: deal.version, fields: { amount: "1.00" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "field-access" } });
    await expect(
      caller.deals.setProducts({ id: deal.id, version: deal.version, lines: [] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "field-access" } });
    await expect(
      caller.deals.create({ title: "Priced", currency: "CZK", amount: "10" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "field-access" } });
    const saved = await caller.deals.update({
      id: deal.id,
      version: deal.version,
      fields: { title: "Complaint handled" },
    });
    expect(saved).toMatchObject({ title: "Complaint handled", amount: deal.amount.toFixed(2) });
    await expect(db.deal.findUniqueOrThrow({ where: { id: deal.id } })).resolves.toMatchObject({
      amount: deal.amount,
    });
  });
});

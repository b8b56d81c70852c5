import { describe, expect, it } from "vitest";

import { MAX_SAVED_FILTERS_PER_LIST } from "../../domain/saved-filters/saved-filters";
import { callerFor, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

describe("savedFilters: an employee's own named list filters", () => {
  it("saves, lists newest first, and replaces a filter saved again under the same name in any case", async () => {
    const rep = await callerFor(getDb(), "horakova");
    const first = await rep.savedFilters.save({
      list: "deals",
      name: "Hot deals",
      query: { stage: "negotiation" },
    });
    await rep.savedFilters.save({ list: "deals", name: "Mine", query: { responsible: "me" } });
    const replaced = await rep.savedFilters.save({
      list: "deals",
      name: "HOT deals",
      query: { stage: "proposal", search: "pumps" },
    });

    expect(replaced.id).toBe(first.id);
    const listed = await rep.savedFilters.list({ list: "deals" });
    expect(listed.map(({ name, query }) => ({ name, query }))).toEqual([
      { name: "HOT deals", query: { stage: "proposal", search: "pumps" } },
      { name: "Mine", query: { responsible: "me" } },
    ]);
    expect(await rep.savedFilters.list({ list: "companies" })).toEqual([]);
  });

  it("keeps each employee's filters to themselves: another's answers as missing", async () => {
    const owner = await callerFor(getDb(), "ivanova");
    const director = await callerFor(getDb(), "director");
    const saved = await owner.savedFilters.save({ list: "tasks", name: "Today", query: {} });

    expect(await director.savedFilters.list({ list: "tasks" })).toEqual([]);
    await expect(director.savedFilters.delete({ id: saved.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await owner.savedFilters.list({ list: "tasks" })).toHaveLength(1);

    await owner.savedFilters.delete({ id: saved.id });
    expect(await owner.savedFilters.list({ list: "tasks" })).toEqual([]);
  });

  it("refuses bad input with the field named and saves nothing", async () => {
    const rep = await callerFor(getDb(), "cerny");
    const before = await getDb().savedFilter.count();
    await expect(rep.savedFilters.save({ list: "deals", name: "  ", query: {} })).rejects.toThrow(
      /Give the filter a name/,
    );
    await expect(
      rep.savedFilters.save({ list: "deals", name: "x", query: { "bad key": "1" } }),
    ).rejects.toThrow(/short identifier/);
    await expect(
      // @ts-expect-error an unknown list is refused at the boundary
      rep.savedFilters.save({ list: "invoices", name: "x", query: {} }),
    ).rejects.toThrow(/list must be one of/);
    expect(await getDb().savedFilter.count()).toBe(before);
  });

  it(`stops at ${MAX_SAVED_FILTERS_PER_LIST} filters a list, adding nothing past it`, async () => {
    const rep = await callerFor(getDb(), "marek");
    for (let index = 0; index < MAX_SAVED_FILTERS_PER_LIST; index += 1) {
      await rep.savedFilters.save({ list: "contacts", name: `Filter ${index}`, query: {} });
    }
    await expect(
      rep.savedFilters.save({ list: "contacts", name: "One too many", query: {} }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await rep.savedFilters.list({ list: "contacts" })).toHaveLength(
      MAX_SAVED_FILTERS_PER_LIST,
    );
    // Replacing one by name is still allowed at the limit.
    await rep.savedFilters.save({ list: "contacts", name: "filter 0", query: { search: "a" } });
  });
});

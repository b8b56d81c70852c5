import { describe, expect, it } from "vitest";

import {
  readSavedFilters,
  removeSavedFilter,
  saveFilter,
  savedFiltersKey,
  toFilterQuery,
  type TFilterStorage,
} from "./saved-filters";

function memoryStorage(): TFilterStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe("saved deal filters", () => {
  it("keeps each employee's filters apart", () => {
    const storage = memoryStorage();
    saveFilter(storage, "olga", { id: "1", name: "Won this year", query: "status=won" });
    expect(readSavedFilters(storage, "olga").map((entry) => entry.name)).toEqual(["Won this year"]);
    expect(readSavedFilters(storage, "eva")).toEqual([]);
  });

  it("replaces a filter saved again under the same name and puts it first", () => {
    const storage = memoryStorage();
    saveFilter(storage, "olga", { id: "1", name: "Mine", query: "responsible=me" });
    saveFilter(storage, "olga", { id: "2", name: "Lost", query: "status=lost" });
    const after = saveFilter(storage, "olga", {
      id: "3",
      name: " mine ",
      query: "responsible=me&status=open",
    });
    expect(after).toEqual([
      { id: "3", name: "mine", query: "responsible=me&status=open" },
      { id: "2", name: "Lost", query: "status=lost" },
    ]);
    expect(removeSavedFilter(storage, "olga", "3").map((entry) => entry.id)).toEqual(["2"]);
  });

  it("survives a stored value someone broke", () => {
    const storage = memoryStorage();
    storage.setItem(savedFiltersKey("olga"), "{not json");
    expect(readSavedFilters(storage, "olga")).toEqual([]);
    storage.setItem(
      savedFiltersKey("olga"),
      JSON.stringify([{ id: 1 }, { id: "a", name: "A", query: "" }]),
    );
    expect(readSavedFilters(storage, "olga")).toEqual([{ id: "a", name: "A", query: "" }]);
  });

  it("keeps the filters of an address, not its view", () => {
    expect(toFilterQuery(new URLSearchParams("view=list&status=won&q=pump&extra=1"))).toBe(
      "q=pump&status=won",
    );
  });
});

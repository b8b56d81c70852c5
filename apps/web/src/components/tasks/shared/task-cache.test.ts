import { describe, expect, it } from "vitest";

import { matchesStatuses, patchTaskInList } from "./task-cache";

const a = { id: "a", status: "open" };
const b = { id: "b", status: "open" };
const close = (task: typeof a) => ({ ...task, status: "done" });

describe("patchTaskInList", () => {
  it("changes the task in a page of a list", () => {
    expect(patchTaskInList({ items: [a, b], nextCursor: null }, "b", close)).toEqual({
      items: [a, { id: "b", status: "done" }],
      nextCursor: null,
    });
  });

  it("changes the task in whichever page of a Load-more list holds it, leaving the rest as they were", () => {
    const data = {
      pages: [
        { items: [a], nextCursor: "c1" },
        { items: [b], nextCursor: null },
      ],
      pageParams: [undefined, "c1"],
    };
    const patched = patchTaskInList(data, "b", close) as typeof data;
    expect(patched.pages[0]).toBe(data.pages[0]);
    expect(patched.pages[1]?.items).toEqual([{ id: "b", status: "done" }]);
  });

  it("returns the very same data when the task is not there, and leaves other shapes alone", () => {
    const data = { items: [a], nextCursor: null };
    expect(patchTaskInList(data, "zzz", close)).toBe(data);
    expect(patchTaskInList(undefined, "a", close)).toBeUndefined();
    expect(patchTaskInList({ count: 3 }, "a", close)).toEqual({ count: 3 });
  });
});

describe("matchesStatuses", () => {
  it("keeps a task on a list of its status, or on an unfiltered list", () => {
    expect(matchesStatuses({ status: "done" }, ["open"])).toBe(false);
    expect(matchesStatuses({ status: "done" }, ["open", "done"])).toBe(true);
    expect(matchesStatuses({ status: "done" }, undefined)).toBe(true);
  });
});

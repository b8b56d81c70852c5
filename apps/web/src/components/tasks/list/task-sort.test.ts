import { describe, expect, it } from "vitest";

import { readTaskSort, sortTasks, writeTaskSort } from "./task-sort";

const at = (day: number) => new Date(2026, 2, day);
const rows = [
  { id: "none", dueAt: null },
  { id: "12th", dueAt: at(12) },
  { id: "3rd", dueAt: at(3) },
  { id: "20th", dueAt: at(20) },
];

describe("sortTasks", () => {
  it("keeps the API's order without a sort", () => {
    expect(sortTasks(rows, null).map((row) => row.id)).toEqual(["none", "12th", "3rd", "20th"]);
  });

  it("orders by due time either way, tasks without one last", () => {
    expect(sortTasks(rows, readTaskSort("due")).map((row) => row.id)).toEqual([
      "3rd",
      "12th",
      "20th",
      "none",
    ]);
    expect(sortTasks(rows, readTaskSort("-due")).map((row) => row.id)).toEqual([
      "20th",
      "12th",
      "3rd",
      "none",
    ]);
  });
});

describe("the sort in the URL", () => {
  it("round-trips and ignores anything unknown", () => {
    expect(writeTaskSort(readTaskSort("-due"))).toBe("-due");
    expect(readTaskSort("title")).toBeNull();
    expect(writeTaskSort(null)).toBeNull();
  });
});

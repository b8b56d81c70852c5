import { describe, expect, it } from "vitest";

import { applyMove, isOverdue, movesFrom } from "./task-moves";

const NOW = new Date("2026-03-11T10:00:00Z");
const open = { id: "t1", status: "open" as const, completedAt: null, version: 3 };

describe("movesFrom", () => {
  it("offers completing and cancelling an open task, and reopening a closed one", () => {
    expect(movesFrom("open")).toEqual(["complete", "cancel"]);
    expect(movesFrom("done")).toEqual(["reopen"]);
    expect(movesFrom("cancelled")).toEqual(["reopen"]);
  });
});

describe("applyMove", () => {
  it("completes at now and moves the version as the server will", () => {
    expect(applyMove(open, "complete", NOW)).toEqual({
      id: "t1",
      status: "done",
      completedAt: NOW,
      version: 4,
    });
  });

  it("clears the completion time on reopen and cancel", () => {
    const done = applyMove(open, "complete", NOW);
    expect(applyMove(done, "reopen", NOW)).toMatchObject({ status: "open", completedAt: null });
    expect(applyMove(open, "cancel", NOW)).toMatchObject({
      status: "cancelled",
      completedAt: null,
    });
  });
});

describe("isOverdue", () => {
  it("is an open task due before now", () => {
    expect(isOverdue({ status: "open", dueAt: new Date("2026-03-11T09:59:00Z") }, NOW)).toBe(true);
    expect(isOverdue({ status: "open", dueAt: new Date("2026-03-11T10:01:00Z") }, NOW)).toBe(false);
    expect(isOverdue({ status: "open", dueAt: null }, NOW)).toBe(false);
    expect(isOverdue({ status: "done", dueAt: new Date("2026-03-01T00:00:00Z") }, NOW)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";

import { diffAudit, formatAuditValue } from "./audit-diff";

describe("diffAudit", () => {
  it("lists only what changed, and counts the rest", () => {
    const diff = diffAudit(
      { name: "Sales", parentId: "a", version: 1, employeeCount: 3 },
      { name: "Sales", parentId: "b", version: 2, employeeCount: 3 },
    );
    expect(diff.rows).toEqual([
      { path: "parentId", change: "changed", before: "a", after: "b" },
      { path: "version", change: "changed", before: 1, after: 2 },
    ]);
    expect(diff.unchanged).toBe(2);
  });

  it("shows a create as added values and a delete as removed ones", () => {
    expect(diffAudit(null, { name: "VPN" }).rows).toEqual([
      { path: "name", change: "added", before: undefined, after: "VPN" },
    ]);
    expect(diffAudit({ name: "VPN" }, undefined).rows).toEqual([
      { path: "name", change: "removed", before: "VPN", after: undefined },
    ]);
  });

  it("follows nested objects and compares lists whole", () => {
    const diff = diffAudit(
      { address: { city: "Praha", street: "A" }, tags: ["x"] },
      { address: { city: "Brno", street: "A" }, tags: ["x", "y"] },
    );
    expect(diff.rows.map((row) => row.path)).toEqual(["address.city", "tags"]);
  });

  it("treats a plain value as one row", () => {
    expect(diffAudit("old", "new").rows).toEqual([
      { path: "", change: "changed", before: "old", after: "new" },
    ]);
  });
});

describe("formatAuditValue", () => {
  it("writes words as they are and the rest as JSON, nothing as null", () => {
    expect(formatAuditValue("Praha")).toBe("Praha");
    expect(formatAuditValue(12)).toBe("12");
    expect(formatAuditValue(false)).toBe("false");
    expect(formatAuditValue(["a", "b"])).toBe('["a","b"]');
    expect(formatAuditValue(null)).toBeNull();
    expect(formatAuditValue("")).toBeNull();
  });
});

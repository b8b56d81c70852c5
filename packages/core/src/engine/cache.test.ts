import { describe, expect, it } from "vitest";

import { makeRecord, makeSubject } from "../testing/fixtures";
import { createPermissionCache } from "./cache";
import { decide } from "./decide";
import { filter } from "./filter";
import type { SubjectPlans } from "./subject-plans";

describe("createPermissionCache", () => {
  it("returns what was stored under the same version", () => {
    const cache = createPermissionCache<string>();
    cache.set(3, "k", "v");
    expect(cache.get(3, "k")).toBe("v");
  });

  it("a new version never sees entries of an older one, and drops them", () => {
    const cache = createPermissionCache<string>();
    cache.set(3, "k", "old");
    expect(cache.get(4, "k")).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.version).toBe(4);
  });

  it("an older version neither reads nor writes once a newer one was seen", () => {
    const cache = createPermissionCache<string>();
    cache.set(5, "k", "new");
    cache.set(4, "k", "stale");
    expect(cache.get(4, "k")).toBeUndefined();
    expect(cache.get(5, "k")).toBe("new");
  });

  it("evicts the least recently used entry beyond its size", () => {
    const cache = createPermissionCache<number>({ maxEntries: 2 });
    cache.set(1, "a", 1);
    cache.set(1, "b", 2);
    cache.get(1, "a");
    cache.set(1, "c", 3);
    expect([cache.get(1, "a"), cache.get(1, "b"), cache.get(1, "c")]).toEqual([1, undefined, 3]);
  });
});

describe("the engine's use of the cache", () => {
  const mine = makeRecord({ responsibleId: "me" });
  const theirs = makeRecord({ responsibleId: "peer" });

  it("a role change under a new version takes effect on the next call", () => {
    const cache = createPermissionCache<SubjectPlans>();
    const before = makeSubject({ permissionVersion: 1 });
    expect(decide(before, "view", "deal", theirs, { cache }).allowed).toBe(false);
    const after = makeSubject({
      permissionVersion: 2,
      roles: [
        {
          id: "r",
          name: "All deals",
          readOnly: false,
          grants: [{ resource: "deal", action: "view", scope: "project" }],
        },
      ],
    });
    expect(decide(after, "view", "deal", theirs, { cache }).allowed).toBe(true);
  });

  it("shares plans between equal subjects of the same version", () => {
    const cache = createPermissionCache<SubjectPlans>();
    const first = makeSubject({ permissionVersion: 7 });
    const tree = filter(first, "view", "deal", { cache });
    expect(filter(makeSubject({ permissionVersion: 7 }), "view", "deal", { cache })).toBe(tree);
    expect(cache.size).toBe(1);
  });

  it("status and expiry are read on every call, never from the cache", () => {
    const cache = createPermissionCache<SubjectPlans>();
    expect(
      decide(makeSubject({ permissionVersion: 1 }), "view", "deal", mine, { cache }).allowed,
    ).toBe(true);
    const blocked = makeSubject({ permissionVersion: 1, status: "blocked" });
    expect(decide(blocked, "view", "deal", mine, { cache }).allowed).toBe(false);
  });

  it("a role assignment that expires invalidates the cached plans at that instant", () => {
    const cache = createPermissionCache<SubjectPlans>();
    const expiresAt = new Date("2025-06-02T10:00:00.000Z");
    const role = {
      id: "r",
      name: "Temp",
      readOnly: false,
      expiresAt,
      grants: [{ resource: "deal", action: "view", scope: "project" }],
    } as const;
    const at = (iso: string) =>
      makeSubject({
        permissionVersion: 1,
        roles: [role],
        context: { now: new Date(iso), ipAllowed: true },
      });
    expect(decide(at("2025-06-02T09:59:59.999Z"), "view", "deal", theirs, { cache }).allowed).toBe(
      true,
    );
    expect(decide(at("2025-06-02T10:00:00.000Z"), "view", "deal", theirs, { cache }).allowed).toBe(
      false,
    );
  });

  it("without a version nothing is cached", () => {
    const cache = createPermissionCache<SubjectPlans>();
    decide(makeSubject(), "view", "deal", mine, { cache });
    expect(cache.size).toBe(0);
  });
});

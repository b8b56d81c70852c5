import { describe, expect, it } from "vitest";

import { makeRecord, makeSubject } from "../testing/fixtures";
import { createPermissionCache } from "./cache";
import { decide } from "./decide";
import type { SubjectPlans } from "./subject-plans";

// Allow reasons are memoised per grant by the record fact they depend on; a memo hit must
// never hand out another record's fact.

describe("memoised allow reasons", () => {
  const cache = createPermissionCache<SubjectPlans>();
  const subject = makeSubject({
    userType: "administration",
    managerPath: "/top/me/",
    permissionVersion: 1,
  });
  const factOf = (record: ReturnType<typeof makeRecord>) => {
    const decision = decide(subject, "view", "deal", record, { cache });
    return decision.allowed ? decision.reason.fact : null;
  };

  it("returns the same frozen decision for the same chain", () => {
    const record = makeRecord({ responsibleId: "b", managerPath: "/top/me/a/b/" });
    const first = decide(subject, "view", "deal", record, { cache });
    expect(decide(subject, "view", "deal", { ...record }, { cache })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("recomputes when the responsible differs from the remembered one", () => {
    factOf(makeRecord({ responsibleId: "b", managerPath: "/top/me/a/b/" }));
    const inconsistent = makeRecord({ responsibleId: "c", managerPath: "/top/me/a/b/" });
    expect(factOf(inconsistent)).toEqual({
      kind: "subordinates",
      responsibleId: "c",
      chain: ["b", "a", "me"],
    });
  });

  it("keeps department facts apart", () => {
    const head = makeSubject({
      departmentId: "sales",
      departmentPath: "/sales/",
      permissionVersion: 1,
      employeeId: "head",
      roles: [
        {
          id: "r",
          name: "Head",
          readOnly: false,
          grants: [{ resource: "deal", action: "view", scope: "department" }],
        },
      ],
    });
    const reasonFor = (departmentId: string) => {
      const decision = decide(
        head,
        "view",
        "deal",
        makeRecord({ departmentId, departmentPath: `/sales/${departmentId}/` }),
        { cache },
      );
      return decision.allowed ? decision.reason.fact : null;
    };
    expect(reasonFor("east")).toEqual({
      kind: "department",
      departmentId: "east",
      subjectDepartmentId: "sales",
    });
    expect(reasonFor("west")).toEqual({
      kind: "department",
      departmentId: "west",
      subjectDepartmentId: "sales",
    });
  });
});

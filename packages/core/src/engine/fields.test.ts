import { describe, expect, it } from "vitest";

import { makeSubject } from "../testing/fixtures";
import { visibleFields, type FieldCatalog } from "./fields";
import type { Subject, SubjectRole } from "./types";

const catalog: FieldCatalog = {
  builtInFields: ["title", "amount"],
  sections: [
    { id: "basic", limitedToGroups: [], fields: ["source"] },
    { id: "finance", limitedToGroups: ["g-finance"], fields: ["iban", "creditLimit"] },
  ],
};

const telephonist: SubjectRole = {
  id: "r-tel",
  name: "Telephonist",
  readOnly: false,
  grants: [{ resource: "deal", action: "view", scope: "own" }],
  fieldRules: [{ resource: "deal", field: "amount", access: "hidden" }],
};
const sales: SubjectRole = {
  id: "r-sales",
  name: "Sales",
  readOnly: false,
  grants: [{ resource: "deal", action: "edit", scope: "own" }],
};
const clerk: SubjectRole = {
  id: "r-clerk",
  name: "Invoicing clerk",
  readOnly: false,
  grants: [{ resource: "invoice", action: "edit", scope: "project" }],
};
const financeGroup = { id: "g-finance", name: "Finance", grants: [] };

type Row = [string, Partial<Subject>, Record<string, string>];

const rows: Row[] = [
  [
    "an Employee without roles writes everything open",
    {},
    { title: "write", amount: "write", basic: "write", finance: "hidden" },
  ],
  [
    "a field rule hides amount from the Telephonist",
    { roles: [telephonist] },
    { title: "write", amount: "hidden" },
  ],
  ["roles combine to the most permissive", { roles: [telephonist, sales] }, { amount: "write" }],
  [
    "a role that gives nothing on deals does not open deal fields",
    { roles: [telephonist, clerk] },
    { amount: "hidden" },
  ],
  ["group members see the limited section", { groups: [financeGroup] }, { finance: "write" }],
  [
    "an Admin is never limited by sections",
    { userType: "admin" },
    { finance: "write", amount: "write" },
  ],
  [
    "read-only caps at read",
    { roles: [{ ...sales, readOnly: true }] },
    { title: "read", basic: "read" },
  ],
  [
    "a deny on view hides everything",
    { overrides: [{ resource: "deal", action: "view", effect: "deny" }] },
    { title: "hidden", basic: "hidden" },
  ],
  [
    "a deny on edit and create leaves reading",
    {
      overrides: [
        { resource: "deal", action: "edit", effect: "deny" },
        { resource: "deal", action: "create", effect: "deny" },
      ],
    },
    { title: "read" },
  ],
  [
    "blocked sees nothing",
    { status: "blocked", userType: "admin" },
    { title: "hidden", finance: "hidden" },
  ],
];

describe("visibleFields", () => {
  it.each(rows)("%s", (_name, subject, expected) => {
    const result = visibleFields(makeSubject(subject), "deal", catalog, { cache: false });
    const flat: Record<string, string> = { ...result.fields, ...result.sections };
    for (const [name, access] of Object.entries(expected))
      expect([name, flat[name]]).toEqual([name, access]);
  });

  it("lists readable and writable names, custom fields included", () => {
    const result = visibleFields(makeSubject({ roles: [telephonist] }), "deal", catalog, {
      cache: false,
    });
    expect(result.readable).toEqual(["title", "source"]);
    expect(result.customFields).toEqual({ source: "write", iban: "hidden", creditLimit: "hidden" });
  });
});

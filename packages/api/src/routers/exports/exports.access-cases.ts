import type { TAccessCases } from "../../testing/access-matrix/types";

// An export needs the `export` right on its resource; which rows it holds is the export reach
// inside its query (tested in exports.test.ts).
const exporting = { action: "export", judge: "reach", fresh: false } as const;

export const EXPORT_CASES: TAccessCases = {
  "exports.companies": {
    ...exporting,
    resource: "company",
    call: (caller) => caller.exports.companies({ search: "Fixture" }),
  },
  "exports.contacts": {
    ...exporting,
    resource: "contact",
    call: (caller) => caller.exports.contacts({ search: "Fixture" }),
  },
  "exports.deals": {
    ...exporting,
    resource: "deal",
    call: (caller) => caller.exports.deals({ search: "Fixture" }),
  },
};

import type { TAccessCases } from "../../testing/access-matrix/types";

// An employee's own saved filters, open to everyone signed in and never judged by a role;
// reading or forgetting someone else's is tested as NOT_FOUND in saved-filters.test.ts.
export const SAVED_FILTER_CASES: TAccessCases = {
  "savedFilters.list": {
    action: null,
    resource: "deal",
    fresh: false,
    call: (caller) => caller.savedFilters.list({ list: "deals" }),
  },
  "savedFilters.save": {
    action: null,
    resource: "deal",
    fresh: false,
    call: (caller) =>
      caller.savedFilters.save({ list: "deals", name: "Open in Prague", query: { stage: "x" } }),
  },
  "savedFilters.delete": {
    action: null,
    resource: "deal",
    fresh: false,
    call: (caller) => caller.savedFilters.delete({ id: "0190a5f0-0000-7000-8000-000000000000" }),
  },
};

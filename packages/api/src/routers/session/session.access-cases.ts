import type { TAccessCases } from "../../testing/access-matrix/types";

export const SESSION_CASES: TAccessCases = {
  "session.me": {
    action: null,
    resource: "company",
    fresh: false,
    call: (caller) => caller.session.me(),
  },
};

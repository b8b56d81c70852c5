import type { TAccessCases } from "../../testing/access-matrix/types";

export const AUDIT_CASES: TAccessCases = {
  "audit.list": {
    action: "view",
    resource: "audit",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.audit.list({ limit: 1 }),
  },
};

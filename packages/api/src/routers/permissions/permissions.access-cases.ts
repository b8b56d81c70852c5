import { companyFixture } from "../../testing/access-matrix/fixtures";
import type { TAccessCases } from "../../testing/access-matrix/types";

export const PERMISSIONS_CASES: TAccessCases = {
  "permissions.explain": {
    action: null,
    resource: "company",
    fixture: companyFixture,
    fresh: false,
    call: (caller, company, { ivanovaId }) =>
      caller.permissions.explain({
        employeeId: ivanovaId,
        resource: "company",
        action: "edit",
        recordId: company.id,
      }),
  },
  "permissions.viewAs": {
    action: null,
    resource: "company",
    fresh: false,
    call: (caller, _fixture, { ivanovaId }) =>
      caller.permissions.viewAs({ employeeId: ivanovaId, list: "companies" }),
  },
};

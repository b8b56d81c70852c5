import { describe, expect, it } from "vitest";

import { validateGrant } from "../engine/validate-grant";
import { ROLE_TEMPLATES } from "./index";

// SPEC D2 lists these names; every one must exist as a template.
const D2 = [
  "Telephonist",
  "External telephonist",
  "Sales representative",
  "Service technician",
  "Complaints",
  "Invoicing clerk",
  "Director",
  "Admin",
  "crm_admin",
  "crm_read_admin",
  "crm_sales",
  "crm_manager",
  "crm_pam",
  "crm_presale",
  "crm_marketeer",
  "crm_certificate_manager",
  "crm_partner_supervisor",
  "Project manager",
  "Programmer",
  "Tester",
  "External representative",
];

describe("role templates", () => {
  it("cover every role of SPEC D2", () => {
    expect(ROLE_TEMPLATES.map((t) => t.name)).toEqual(D2);
  });

  it("have unique keys", () => {
    expect(new Set(ROLE_TEMPLATES.map((t) => t.key)).size).toBe(ROLE_TEMPLATES.length);
  });

  it.each(ROLE_TEMPLATES.map((t) => [t.key, t] as const))(
    "%s: every grant is valid",
    (_key, template) => {
      const problems = template.grants.flatMap((grant) => {
        const result = validateGrant(grant);
        return result.ok ? [] : [`${JSON.stringify(grant)}: ${JSON.stringify(result.issues)}`];
      });
      expect(problems).toEqual([]);
    },
  );

  it.each(ROLE_TEMPLATES.map((t) => [t.key, t] as const))(
    "%s: no (resource, action) twice with the same scope",
    (_key, template) => {
      const keys = template.grants.map(
        (g) => `${g.resource}:${g.action}:${g.scope}:${JSON.stringify(g.condition)}`,
      );
      expect(new Set(keys).size).toBe(keys.length);
    },
  );
});

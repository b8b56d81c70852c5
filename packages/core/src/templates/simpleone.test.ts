import { describe, expect, it } from "vitest";

import { findRoleTemplate } from "./index";
import { holder, mine, outcome, peers, reports, type TemplateCase } from "./template-test-kit";

const crmAdmin = holder(["crm_admin"], { userType: "administration" });
const readAdmin = holder(["crm_read_admin"], { userType: "administration" });
const readAdminAndSales = holder(["crm_read_admin", "crm_sales"]);
const sales = holder(["crm_sales"]);
const manager = holder(["crm_manager"], { userType: "administration" });
const pam = holder(["crm_pam"], { directionId: "dir-a" });
const presale = holder(["crm_presale"], { directionId: "dir-a" });
const marketeer = holder(["crm_marketeer"]);
const certificates = holder(["crm_certificate_manager"]);
const supervisor = holder(["crm_partner_supervisor"], {
  userType: "administration",
  partnerCompanyId: "partner-1",
});

const partnerOf = (responsibleId: string | null) => ({
  partnerId: responsibleId ? "partner-x" : null,
  partner: responsibleId ? { responsibleId } : null,
});

const cases: TemplateCase[] = [
  ["crm_admin edits any deal", crmAdmin, "edit", "deal", peers(), "allow"],
  [
    "crm_admin changes another employee's roles",
    crmAdmin,
    "edit",
    "settings.roles",
    { projectId: "project-1", employeeId: "peer", employee: { userType: "employee" } },
    "allow",
  ],
  [
    "crm_admin does not touch security settings",
    crmAdmin,
    "edit",
    "settings.security",
    null,
    "deny:7",
  ],
  ["crm_read_admin reads any deal", readAdmin, "view", "deal", peers(), "allow"],
  ["crm_read_admin reads invoices", readAdmin, "view", "invoice", peers(), "allow"],
  ["crm_read_admin reads the audit log", readAdmin, "view", "audit", null, "allow"],
  ["crm_read_admin reads security settings", readAdmin, "view", "settings.security", null, "allow"],
  ["crm_read_admin edits nothing", readAdmin, "edit", "deal", peers(), "deny:4"],
  ["crm_read_admin creates nothing", readAdmin, "create", "company", mine(), "deny:4"],
  ["crm_read_admin deletes nothing", readAdmin, "delete", "activity", mine(), "deny:4"],
  ["crm_read_admin changes no settings", readAdmin, "edit", "settings.fields", null, "deny:4"],
  ["crm_read_admin exports nothing", readAdmin, "export", "contact", peers(), "deny:4"],
  [
    "crm_read_admin stays read-only alongside crm_sales",
    readAdminAndSales,
    "edit",
    "deal",
    mine(),
    "deny:4",
  ],
  ["crm_sales works their own deals", sales, "edit", "deal", mine(), "allow"],
  ["crm_sales registers leads", sales, "create", "interest", mine(), "allow"],
  ["crm_sales does not see a colleague's deals", sales, "view", "deal", peers(), "deny:7"],
  ["crm_sales does not delete deals", sales, "delete", "deal", mine(), "deny:7"],
  ["crm_manager reassigns a deal of their team", manager, "assign", "deal", reports(), "allow"],
  ["crm_manager deletes a lead of their team", manager, "delete", "interest", reports(), "allow"],
  ["crm_manager stays out of another team's deals", manager, "view", "deal", peers(), "deny:7"],
  [
    "crm_pam sees the deals of their direction",
    pam,
    "view",
    "deal",
    peers({ directionId: "dir-a" }),
    "allow",
  ],
  [
    "crm_pam does not see another direction's deals",
    pam,
    "view",
    "deal",
    peers({ directionId: "dir-b" }),
    "deny:7",
  ],
  [
    "crm_pam edits a deal whose partner has them as responsible",
    pam,
    "edit",
    "deal",
    peers({ directionId: "dir-b", ...partnerOf("me") }),
    "allow",
  ],
  [
    "crm_pam sees that deal too",
    pam,
    "view",
    "deal",
    peers({ directionId: "dir-b", ...partnerOf("me") }),
    "allow",
  ],
  [
    "crm_pam does not edit a direction deal of someone else's partner",
    pam,
    "edit",
    "deal",
    peers({ directionId: "dir-a", ...partnerOf("peer") }),
    "deny:7",
  ],
  [
    "crm_pam does not edit a deal without a partner, even their own",
    pam,
    "edit",
    "deal",
    mine({ directionId: "dir-a", ...partnerOf(null) }),
    "deny:7",
  ],
  [
    "crm_presale edits like crm_pam",
    presale,
    "edit",
    "deal",
    peers({ ...partnerOf("me") }),
    "allow",
  ],
  [
    "crm_presale sees like crm_pam",
    presale,
    "view",
    "deal",
    peers({ directionId: "dir-b" }),
    "deny:7",
  ],
  ["crm_marketeer exports all contacts", marketeer, "export", "contact", peers(), "allow"],
  ["crm_marketeer imports contacts", marketeer, "import", "contact", peers(), "allow"],
  ["crm_marketeer does not see deals", marketeer, "view", "deal", mine(), "deny:7"],
  [
    "crm_certificate_manager issues a certificate for any client",
    certificates,
    "create",
    "document",
    peers({ kind: "other" }),
    "allow",
  ],
  [
    "crm_certificate_manager does not write contracts",
    certificates,
    "create",
    "document",
    peers({ kind: "contract" }),
    "deny:7",
  ],
  ["crm_certificate_manager does not see deals", certificates, "view", "deal", peers(), "deny:7"],
  [
    "crm_partner_supervisor follows every deal of their partner company",
    supervisor,
    "view",
    "deal",
    peers({ partnerId: "partner-1" }),
    "allow",
  ],
  [
    "crm_partner_supervisor registers opportunities for it",
    supervisor,
    "create",
    "deal",
    mine({ partnerId: "partner-1" }),
    "allow",
  ],
  [
    "crm_partner_supervisor does not see another partner's deals",
    supervisor,
    "view",
    "deal",
    peers({ partnerId: "partner-2" }),
    "deny:7",
  ],
  [
    "crm_partner_supervisor sees their own company",
    supervisor,
    "view",
    "company",
    peers({ id: "partner-1" }),
    "allow",
  ],
  [
    "crm_partner_supervisor does not see other companies",
    supervisor,
    "view",
    "company",
    peers({ id: "partner-2" }),
    "deny:7",
  ],
  [
    "crm_partner_supervisor supervises their colleagues' leads",
    supervisor,
    "edit",
    "interest",
    reports(),
    "allow",
  ],
];

describe("SimpleOne templates (seeds/002)", () => {
  it.each(cases)("%s", (_name, subject, action, resource, record, expected) => {
    expect(outcome(subject, action, resource, record)).toBe(expected);
  });

  it("crm_presale has exactly crm_pam's permissions", () => {
    expect(findRoleTemplate("crm_presale")?.grants).toEqual(findRoleTemplate("crm_pam")?.grants);
  });
});

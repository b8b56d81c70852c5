import type { Condition } from "../engine/types";
import { RECORD_RESOURCES, RESOURCES } from "../engine/vocabulary";
import { ALL_ACTIONS, allow, completeRecords, me, tasksAssignedToMe, WORK } from "./build";
import type { RoleTemplate } from "./types";

// Roles shipped with the SimpleOne B2B CRM app (seeds/002).

const source = "002 SimpleOne" as const;
const SALES_WORK = [
  "interest",
  "deal",
  "company",
  "contact",
  "object",
  "activity",
  "task",
  "reminder",
  "document",
] as const;
const partnerIsMine: Condition = { op: "eq", path: "partner.responsibleId", value: me };

/** crm_pam and crm_presale share their permissions (the guide says so). */
function partnerAccountManager(key: string, name: string, description: string): RoleTemplate {
  return {
    key,
    name,
    description,
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow("deal", ["view"], "direction"),
      // Seeing what one may edit: the partner's deals outside the direction too.
      ...allow("deal", ["view", "edit"], "project", partnerIsMine),
      ...allow("interest", ["view"], "direction"),
      ...allow("company", ["view"], "direction"),
      ...allow("company", ["edit"], "own"),
      ...allow("activity", ["view", "create"], "own"),
      ...allow("product", ["view"], "project"),
    ]),
    fieldRules: [],
  };
}

export const SIMPLEONE_TEMPLATES: readonly RoleTemplate[] = [
  {
    key: "crm_admin",
    name: "crm_admin",
    description:
      "Administrator of the CRM application: every record, the catalogue, pipelines, fields and roles.",
    source,
    readOnly: false,
    grants: [
      ...allow([...RECORD_RESOURCES, "product", "report"], ALL_ACTIONS, "project"),
      ...allow(
        ["settings.fields", "settings.pipeline", "settings.roles", "settings.employees"],
        ALL_ACTIONS,
        "project",
      ),
      ...allow(["settings.org", "audit"], ["view"], "project"),
    ],
    fieldRules: [],
  },
  {
    key: "crm_read_admin",
    name: "crm_read_admin",
    description:
      "Administrator who may read every record of the application but create, edit or delete nothing.",
    source,
    readOnly: true,
    grants: allow(RESOURCES, ["view"], "project"),
    fieldRules: [],
  },
  {
    key: "crm_sales",
    name: "crm_sales",
    description: "Sales employee responsible for their own leads and deals.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow(["interest", "deal", "company", "contact", "document"], WORK, "own"),
      ...allow("object", ["view"], "own"),
      ...allow(["activity", "task", "reminder"], [...WORK, "delete"], "own"),
      ...tasksAssignedToMe(),
      ...allow("product", ["view"], "project"),
      ...allow("report", ["view"], "project"),
    ]),
    fieldRules: [],
  },
  {
    key: "crm_manager",
    name: "crm_manager",
    description:
      "Head of sales: processes leads, runs deals and administers them for their whole team.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow(SALES_WORK, ALL_ACTIONS, "subordinates"),
      ...allow("product", ["view"], "project"),
      ...allow("report", ["view", "export"], "project"),
    ]),
    fieldRules: [],
  },
  partnerAccountManager(
    "crm_pam",
    "crm_pam",
    "Partner account manager: sees the opportunities of their sales direction and edits those whose Partner company has them as its responsible.",
  ),
  partnerAccountManager(
    "crm_presale",
    "crm_presale",
    "Presale manager; the same permissions as crm_pam.",
  ),
  {
    key: "crm_marketeer",
    name: "crm_marketeer",
    description:
      "Runs marketing campaigns and lists: reads, imports and exports clients, sends mailings.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow(["company", "contact"], ["view", "export", "import"], "project"),
      ...allow("activity", ["view", "create"], "own"),
      ...allow("product", ["view"], "project"),
      ...allow("report", ["view"], "project"),
    ]),
    fieldRules: [],
  },
  {
    key: "crm_certificate_manager",
    name: "crm_certificate_manager",
    description:
      "Creates certifications and issues certificates (documents of kind other) for any client.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow("document", WORK, "project", { op: "eq", path: "kind", value: "other" }),
      ...allow(["company", "contact"], ["view"], "project"),
      ...allow("product", ["view"], "project"),
    ]),
    fieldRules: [],
  },
  {
    key: "crm_partner_supervisor",
    name: "crm_partner_supervisor",
    description:
      "A partner company's lead: registers opportunities and follows every deal of their company, and supervises the colleagues who deal with the vendor.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow("deal", WORK, "project", {
        op: "eq",
        path: "partnerId",
        value: "$myPartnerCompany",
      }),
      ...allow("company", ["view"], "project", {
        op: "eq",
        path: "id",
        value: "$myPartnerCompany",
      }),
      ...allow(["interest", "contact", "activity", "task"], WORK, "subordinates"),
    ]),
    fieldRules: [],
  },
];

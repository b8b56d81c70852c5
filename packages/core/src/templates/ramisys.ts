import { allow, completeRecords, everything, tasksAssignedToMe, WORK } from "./build";
import type { RoleTemplate } from "./types";

// Roles of the RAMISYS guide (seeds/003): "roles combine; one person may do several jobs".

const source = "003 RAMISYS" as const;
const CLIENTS = ["company", "contact", "object"] as const;
const MY_DAY = ["task", "reminder"] as const;

export const RAMISYS_TEMPLATES: readonly RoleTemplate[] = [
  {
    key: "telephonist",
    name: "Telephonist",
    description:
      "Sees the basic data of client companies and logs activity on contacts. No access to offers.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow(CLIENTS, ["view"], "project"),
      ...allow("activity", WORK, "own"),
      ...allow("deal", ["view"], "own"),
      ...allow(MY_DAY, WORK, "own"),
      ...tasksAssignedToMe(),
      ...allow("product", ["view"], "project"),
    ]),
    fieldRules: [{ resource: "deal", field: "amount", access: "hidden" }],
  },
  {
    key: "external_telephonist",
    name: "External telephonist",
    description:
      "For an external call centre sharing leads and acquisition: works only the leads, clients and calls it created itself, and cannot export.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow("interest", WORK, "own"),
      ...allow(["company", "contact"], ["view", "create"], "own"),
      ...allow("activity", ["view", "create"], "own"),
    ]),
    fieldRules: [],
  },
  {
    key: "sales_representative",
    name: "Sales representative",
    description:
      "Sees the basic data of client companies, logs activity on contacts and creates documents (contracts, offers, orders) for their own clients and deals.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow(CLIENTS, ["view"], "project"),
      ...allow(CLIENTS, ["create", "edit"], "own"),
      ...allow(["activity", "document", "deal", "interest"], WORK, "own"),
      ...allow(MY_DAY, [...WORK, "delete"], "own"),
      ...tasksAssignedToMe(),
      ...allow("product", ["view"], "project"),
    ]),
    fieldRules: [],
  },
  {
    key: "service_technician",
    name: "Service technician",
    description:
      "Sees only the basic data of client companies and the activities tied to the customer, and logs activity. No access to offers and no view of sales.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow(CLIENTS, ["view"], "project"),
      ...allow("activity", ["view"], "project"),
      ...allow("activity", ["create", "edit"], "own"),
      ...allow(MY_DAY, WORK, "own"),
      ...tasksAssignedToMe(),
    ]),
    fieldRules: [],
  },
  {
    key: "complaints",
    name: "Complaints",
    description: "Reaches every section except contract and invoice documents and invoicing.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow(
        ["company", "contact", "object", "deal", "interest", "activity", "task", "reminder"],
        ["view", "create", "edit", "delete", "export", "assign"],
        "project",
      ),
      ...allow("document", ["view", "create", "edit", "delete", "export", "assign"], "project", {
        op: "not",
        arg: { op: "in", path: "kind", values: ["contract", "invoice"] },
      }),
      ...allow("product", ["view"], "project"),
      ...allow("report", ["view"], "project"),
    ]),
    fieldRules: [{ resource: "deal", field: "amount", access: "read" }],
  },
  {
    key: "invoicing_clerk",
    name: "Invoicing clerk",
    description:
      "Works in the company's invoicing: invoices and invoice documents, reading the clients and deals they bill.",
    source,
    readOnly: false,
    grants: completeRecords([
      ...allow("invoice", ["view", "create", "edit", "delete", "export"], "project"),
      ...allow("document", WORK, "project", { op: "eq", path: "kind", value: "invoice" }),
      ...allow(["company", "contact", "deal"], ["view"], "project"),
      ...allow("product", ["view"], "project"),
      ...allow("report", ["view", "export"], "project"),
    ]),
    fieldRules: [{ resource: "deal", field: "amount", access: "read" }],
  },
  {
    key: "director",
    name: "Director",
    description:
      "Full access to every section and every record of the company, but cannot delete the project (only an Admin can, A3).",
    source,
    readOnly: false,
    grants: everything(),
    fieldRules: [],
  },
  {
    key: "admin",
    name: "Admin",
    description:
      "Full access to every section. Operations reserved to Admins (deleting the project, changing an Admin, changing one's own access) still follow the user type.",
    source,
    readOnly: false,
    grants: everything(),
    fieldRules: [],
  },
];

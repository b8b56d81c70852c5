import { describe, expect, it } from "vitest";

import { visibleFields } from "../engine/fields";
import { holder, mine, outcome, peers, type TemplateCase } from "./template-test-kit";

const telephonist = holder(["telephonist"]);
const external = holder(["external_telephonist"]);
const rep = holder(["sales_representative"]);
const technician = holder(["service_technician"]);
const complaints = holder(["complaints"]);
const clerk = holder(["invoicing_clerk"]);
const director = holder(["director"], { userType: "administration" });
const adminRoleOnly = holder(["admin"], { userType: "administration" });
const adminUser = holder(["admin"], { userType: "admin" });
const project = { projectId: "project-1", entity: "project" };

const cases: TemplateCase[] = [
  [
    "Telephonist logs activities",
    telephonist,
    "create",
    "activity",
    mine({ kind: "call" }),
    "allow",
  ],
  [
    "Telephonist sees the basic data of any client company",
    telephonist,
    "view",
    "company",
    peers(),
    "allow",
  ],
  [
    "Telephonist cannot see offers, not even their own",
    telephonist,
    "view",
    "document",
    mine({ kind: "offer" }),
    "deny:7",
  ],
  ["Telephonist cannot change a client company", telephonist, "edit", "company", peers(), "deny:7"],
  [
    "[H2] Sales representative sees and works a task their manager set for them",
    rep,
    "edit",
    "task",
    peers({ assigneeId: "me" }),
    "allow",
  ],
  [
    "[H2] Sales representative cannot delete a task someone else set for them",
    rep,
    "delete",
    "task",
    peers({ assigneeId: "me" }),
    "deny:7",
  ],
  [
    "[H2] Sales representative does not see a colleague's task assigned to another",
    rep,
    "view",
    "task",
    peers({ assigneeId: "peer" }),
    "deny:7",
  ],
  ["External telephonist registers leads", external, "create", "interest", mine(), "allow"],
  [
    "External telephonist does not see the shared client base",
    external,
    "view",
    "contact",
    peers(),
    "deny:7",
  ],
  ["External telephonist cannot export", external, "export", "contact", mine(), "deny:7"],
  [
    "Sales representative creates offers",
    rep,
    "create",
    "document",
    mine({ kind: "offer" }),
    "allow",
  ],
  [
    "Sales representative creates contracts",
    rep,
    "create",
    "document",
    mine({ kind: "contract" }),
    "allow",
  ],
  ["Sales representative does not invoice", rep, "create", "invoice", mine(), "deny:7"],
  ["Sales representative reads any client company", rep, "view", "company", peers(), "allow"],
  [
    "Sales representative edits only their own client companies",
    rep,
    "edit",
    "company",
    peers(),
    "deny:7",
  ],
  [
    "Service technician sees the customer's activities",
    technician,
    "view",
    "activity",
    peers({ kind: "meeting" }),
    "allow",
  ],
  [
    "Service technician logs activity",
    technician,
    "create",
    "activity",
    mine({ kind: "note" }),
    "allow",
  ],
  [
    "Service technician has no view of sales, not even their own deal",
    technician,
    "view",
    "deal",
    mine(),
    "deny:7",
  ],
  [
    "Service technician cannot see offers",
    technician,
    "view",
    "document",
    mine({ kind: "offer" }),
    "deny:7",
  ],
  ["Complaints reaches any deal", complaints, "edit", "deal", peers(), "allow"],
  ["Complaints reaches any task", complaints, "view", "task", peers(), "allow"],
  ["Complaints reaches offers", complaints, "view", "document", peers({ kind: "offer" }), "allow"],
  [
    "Complaints does not reach contracts",
    complaints,
    "view",
    "document",
    peers({ kind: "contract" }),
    "deny:7",
  ],
  [
    "Complaints does not reach invoice documents",
    complaints,
    "view",
    "document",
    peers({ kind: "invoice" }),
    "deny:7",
  ],
  ["Complaints does not reach invoices", complaints, "view", "invoice", peers(), "deny:7"],
  ["Invoicing clerk issues invoices for anyone", clerk, "create", "invoice", peers(), "allow"],
  [
    "Invoicing clerk works invoice documents",
    clerk,
    "edit",
    "document",
    peers({ kind: "invoice" }),
    "allow",
  ],
  [
    "Invoicing clerk does not see contracts",
    clerk,
    "view",
    "document",
    peers({ kind: "contract" }),
    "deny:7",
  ],
  [
    "Invoicing clerk reads deals but does not change them",
    clerk,
    "edit",
    "deal",
    peers(),
    "deny:7",
  ],
  ["Director edits any record", director, "edit", "deal", peers(), "allow"],
  ["Director changes security settings", director, "edit", "settings.security", null, "allow"],
  ["Director reads the audit log", director, "view", "audit", null, "allow"],
  [
    "Director deletes a department",
    director,
    "delete",
    "settings.org",
    { projectId: "project-1", entity: "department" },
    "allow",
  ],
  ["Director cannot delete the project", director, "delete", "settings.org", project, "deny:5"],
  [
    "the Admin role alone cannot delete the project",
    adminRoleOnly,
    "delete",
    "settings.org",
    project,
    "deny:5",
  ],
  ["an Admin user deletes the project", adminUser, "delete", "settings.org", project, "allow"],
];

describe("RAMISYS templates (seeds/003)", () => {
  it.each(cases)("%s", (_name, subject, action, resource, record, expected) => {
    expect(outcome(subject, action, resource, record)).toBe(expected);
  });

  it("hides the deal amount from the Telephonist (who reads but does not edit deals)", () => {
    const fields = visibleFields(
      telephonist,
      "deal",
      { builtInFields: ["title", "amount"], sections: [] },
      { cache: false },
    );
    expect(fields.fields).toEqual({ title: "read", amount: "hidden" });
  });

  it("roles combine: Telephonist plus Invoicing clerk reads deal amounts and invoices", () => {
    const both = holder(["telephonist", "invoicing_clerk"]);
    const fields = visibleFields(
      both,
      "deal",
      { builtInFields: ["amount"], sections: [] },
      { cache: false },
    );
    expect(fields.fields.amount).toBe("read");
    expect(outcome(both, "view", "invoice", peers())).toBe("allow");
    expect(outcome(both, "create", "activity", mine())).toBe("allow");
  });
});

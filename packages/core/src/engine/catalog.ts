import type { Resource } from "./vocabulary";

// Which paths a condition (and the engine's own scope predicates) may read on each
// resource, with their types. Paths are the data contract's field and relation names, so
// the database adapter can translate them mechanically; at most one relation hop.

export type IdRef =
  | "record"
  | "employee"
  | "department"
  | "direction"
  | "branch"
  | "company"
  | "contact"
  | "object"
  | "deal"
  | "task"
  | "product"
  | "pipeline"
  | "stage"
  | "record-type"
  | "project";

export type FieldType =
  | { kind: "id"; ref: IdRef }
  | { kind: "string" }
  | { kind: "number" }
  | { kind: "boolean" }
  | { kind: "enum"; values: readonly string[] };

export type FieldSpec = {
  type: FieldType;
  /** Whether the value can be null, counting an absent relation as null. */
  nullable: boolean;
  /** English noun phrase for explanations ("the partner company's responsible"). */
  label: string;
  /** Read by the engine itself (scopes, protected rules) but not offered to conditions. */
  internal?: boolean;
};

export type RelationSpec = { model: string; foreignKey: string; nullable: boolean };

export type ResourceCatalog = {
  /** The Prisma model holding the records, null for descriptor-only resources. */
  model: string | null;
  fields: Readonly<Record<string, FieldSpec>>;
  relations: Readonly<Record<string, RelationSpec>>;
};

const id = (ref: IdRef) => ({ kind: "id", ref }) as const;
const enumOf = (values: readonly string[]) => ({ kind: "enum", values }) as const;
const USER_TYPE = enumOf(["admin", "administration", "employee"]);

function spec(type: FieldType, nullable: boolean, label: string, internal = false): FieldSpec {
  return internal ? { type, nullable, label, internal } : { type, nullable, label };
}

const projectField = { projectId: spec(id("project"), false, "the project", true) };

/** The denormalised permission facts every record model carries. */
const recordFacts: Record<string, FieldSpec> = {
  ...projectField,
  responsibleId: spec(id("employee"), false, "the responsible"),
  departmentId: spec(id("department"), true, "the department"),
  directionId: spec(id("direction"), true, "the sales direction"),
  "responsible.managerPath": spec(
    { kind: "string" },
    false,
    "the responsible's manager chain",
    true,
  ),
  "responsible.managerId": spec(id("employee"), true, "the responsible's manager"),
  "responsible.userType": spec(USER_TYPE, false, "the responsible's user type"),
  "responsible.branchId": spec(id("branch"), true, "the responsible's branch"),
  "department.path": spec({ kind: "string" }, true, "the department's place in the tree", true),
};

const recordRelations: Record<string, RelationSpec> = {
  responsible: { model: "Employee", foreignKey: "responsibleId", nullable: false },
  department: { model: "Department", foreignKey: "departmentId", nullable: true },
};

function records(
  model: string,
  fields: Record<string, FieldSpec>,
  relations: Record<string, RelationSpec> = {},
  self: IdRef = "record",
): ResourceCatalog {
  return {
    model,
    fields: { id: spec(id(self), false, `the ${self}`), ...recordFacts, ...fields },
    relations: { ...recordRelations, ...relations },
  };
}

const companyLink = {
  companyId: spec(id("company"), true, "the company"),
  "company.responsibleId": spec(id("employee"), true, "the company's responsible"),
};
const companyRelation = { company: { model: "Company", foreignKey: "companyId", nullable: true } };
const dealLink = {
  dealId: spec(id("deal"), true, "the deal"),
  "deal.responsibleId": spec(id("employee"), true, "the deal's responsible"),
};
const dealRelation = { deal: { model: "Deal", foreignKey: "dealId", nullable: true } };
const contactId = { contactId: spec(id("contact"), true, "the contact") };
const typeId = { typeId: spec(id("record-type"), true, "the type") };

const none = (model: string | null): ResourceCatalog => ({
  model,
  fields: projectField,
  relations: {},
});

export const CATALOG: Readonly<Record<Resource, ResourceCatalog>> = {
  company: records(
    "Company",
    {
      ...typeId,
      isPartner: spec({ kind: "boolean" }, false, "whether it is a partner company"),
    },
    {},
    "company",
  ),
  contact: records("Contact", { ...typeId, ...companyLink }, companyRelation, "contact"),
  object: records(
    "CrmObject",
    { ...typeId, ...companyLink, ...contactId },
    companyRelation,
    "object",
  ),
  deal: records(
    "Deal",
    {
      pipelineId: spec(id("pipeline"), false, "the pipeline"),
      stageId: spec(id("stage"), false, "the stage"),
      status: spec(enumOf(["open", "won", "lost"]), false, "the status"),
      amount: spec({ kind: "number" }, false, "the amount"),
      currency: spec({ kind: "string" }, false, "the currency"),
      partnerId: spec(id("company"), true, "the partner company"),
      "partner.responsibleId": spec(id("employee"), true, "the partner company's responsible"),
      "partner.directionId": spec(id("direction"), true, "the partner company's direction"),
      ...companyLink,
      ...contactId,
    },
    { ...companyRelation, partner: { model: "Company", foreignKey: "partnerId", nullable: true } },
    "deal",
  ),
  interest: records(
    "Interest",
    {
      status: spec(enumOf(["new", "qualified", "converted", "discarded"]), false, "the status"),
      productId: spec(id("product"), true, "the product"),
      ...companyLink,
      ...contactId,
    },
    companyRelation,
  ),
  activity: records(
    "Activity",
    {
      kind: spec(enumOf(["call", "meeting", "note", "email"]), false, "the kind"),
      objectId: spec(id("object"), true, "the object"),
      ...companyLink,
      ...contactId,
      ...dealLink,
    },
    { ...companyRelation, ...dealRelation },
  ),
  task: records(
    "Task",
    {
      status: spec(enumOf(["open", "done", "cancelled"]), false, "the status"),
      assigneeId: spec(id("employee"), true, "the assignee"),
      ...companyLink,
      ...contactId,
      ...dealLink,
    },
    { ...companyRelation, ...dealRelation },
    "task",
  ),
  reminder: records(
    "Reminder",
    {
      taskId: spec(id("task"), true, "the task"),
      "task.assigneeId": spec(id("employee"), true, "the task's assignee"),
      ...companyLink,
      ...contactId,
      ...dealLink,
    },
    {
      ...companyRelation,
      ...dealRelation,
      task: { model: "Task", foreignKey: "taskId", nullable: true },
    },
  ),
  document: records(
    "Document",
    {
      kind: spec(enumOf(["contract", "offer", "order", "invoice", "other"]), false, "the kind"),
      status: spec(enumOf(["draft", "final", "sent", "signed", "cancelled"]), false, "the status"),
      ...companyLink,
      ...contactId,
      ...dealLink,
    },
    { ...companyRelation, ...dealRelation },
  ),
  invoice: records(
    "Invoice",
    {
      status: spec(enumOf(["draft", "issued", "paid", "cancelled"]), false, "the status"),
      currency: spec({ kind: "string" }, false, "the currency"),
      totalGross: spec({ kind: "number" }, false, "the gross total"),
      companyId: spec(id("company"), false, "the company"),
      "company.responsibleId": spec(id("employee"), false, "the company's responsible"),
      ...dealLink,
    },
    { company: { model: "Company", foreignKey: "companyId", nullable: false }, ...dealRelation },
  ),
  product: {
    model: "Product",
    fields: {
      ...projectField,
      id: spec(id("product"), false, "the product"),
      isActive: spec({ kind: "boolean" }, false, "whether it is active"),
    },
    relations: {},
  },
  report: none(null),
  audit: none("AuditEntry"),
  "settings.fields": none(null),
  "settings.pipeline": none(null),
  "settings.security": none(null),
  // Settings targets are descriptors the API builds for the thing being changed.
  "settings.org": {
    model: null,
    fields: {
      ...projectField,
      entity: spec(
        enumOf(["project", "department", "branch", "direction"]),
        false,
        "what is changed",
      ),
    },
    relations: {},
  },
  "settings.employees": {
    model: "Employee",
    fields: {
      ...projectField,
      id: spec(id("employee"), false, "the employee"),
      userType: spec(USER_TYPE, false, "the employee's user type"),
      managerId: spec(id("employee"), true, "the employee's manager"),
      departmentId: spec(id("department"), true, "the employee's department"),
      directionId: spec(id("direction"), true, "the employee's direction"),
      branchId: spec(id("branch"), true, "the employee's branch"),
    },
    relations: {},
  },
  "settings.roles": {
    model: null,
    fields: {
      ...projectField,
      employeeId: spec(id("employee"), true, "the employee whose access changes"),
      "employee.userType": spec(USER_TYPE, true, "that employee's user type"),
    },
    relations: { employee: { model: "Employee", foreignKey: "employeeId", nullable: true } },
  },
};

export function findField(resource: Resource, path: string): FieldSpec | undefined {
  return Object.hasOwn(CATALOG[resource].fields, path) ? CATALOG[resource].fields[path] : undefined;
}

/** Paths a condition on `resource` may use (the engine's internal ones excluded). */
export function conditionPaths(resource: Resource): string[] {
  return Object.entries(CATALOG[resource].fields)
    .filter(([, field]) => !field.internal)
    .map(([path]) => path);
}

export function isNullablePath(resource: Resource, path: string): boolean {
  // Unknown paths count as nullable: the extra null test is harmless, a missing one is not.
  return findField(resource, path)?.nullable ?? true;
}

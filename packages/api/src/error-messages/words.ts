import type { Action, FieldAccess, Resource, Scope } from "@charter/core/engine";

/**
 * Words of ours that a message may carry as a parameter: the client translates them, where a
 * name a person typed is shown as it is. Each family maps a code to its English word; the
 * English sentence is built from these, and a client keeps its own word for every code.
 */
export const ERROR_WORDS = {
  /** The kinds of thing a message speaks of: "No deal with this id." */
  thing: {
    company: "company",
    contact: "contact",
    object: "object",
    deal: "deal",
    interest: "interest",
    activity: "activity",
    task: "task",
    reminder: "reminder",
    document: "document",
    invoice: "invoice",
    product: "product",
    department: "department",
    branch: "branch",
    salesDirection: "sales direction",
    workGroup: "work group",
    pipeline: "pipeline",
    stage: "stage",
    taskChain: "task chain",
    role: "role",
    grant: "grant",
    fieldRule: "field rule",
    roleAssignment: "role assignment",
    group: "group",
    override: "override",
    employee: "employee",
    section: "section",
    field: "field",
    recordType: "record type",
    documentTemplate: "document template",
    template: "template",
  },
  /** The engine's resources, by their code: "You have no right to edit deal." */
  resource: {
    company: "company",
    contact: "contact",
    object: "object",
    deal: "deal",
    interest: "interest",
    activity: "activity",
    task: "task",
    reminder: "reminder",
    document: "document",
    invoice: "invoice",
    product: "product",
    report: "report",
    "settings.org": "settings.org",
    "settings.employees": "settings.employees",
    "settings.roles": "settings.roles",
    "settings.fields": "settings.fields",
    "settings.pipeline": "settings.pipeline",
    "settings.security": "settings.security",
    audit: "audit",
  } satisfies Record<Resource, string>,
  /** The engine's actions, by their code, as verbs: "You may not edit this deal." */
  action: {
    view: "view",
    create: "create",
    edit: "edit",
    delete: "delete",
    export: "export",
    import: "import",
    assign: "assign",
  } satisfies Record<Action, string>,
  /** The engine's scopes of a grant: "at scope department". */
  scope: {
    none: "none",
    own: "own",
    subordinates: "subordinates",
    department: "department",
    direction: "direction",
    project: "project",
  } satisfies Record<Scope, string>,
  /** What a field rule lets a role do with a field. */
  fieldAccess: { hidden: "hidden", read: "read", write: "write" } satisfies Record<
    FieldAccess,
    string
  >,
  /** The statuses of invoices and documents: "a paid invoice cannot become cancelled". */
  status: {
    draft: "draft",
    issued: "issued",
    paid: "paid",
    final: "final",
    sent: "sent",
    signed: "signed",
    cancelled: "cancelled",
  },
  /** The types of custom fields (F2): "a date field takes none". */
  fieldType: {
    text: "text",
    number: "number",
    date: "date",
    checkbox: "checkbox",
    select: "select",
    email: "email",
    phone: "phone",
    url: "url",
  },
  /** Records of a kind, counted or spoken of together: "more than 10,000 companies". */
  records: { company: "companies", contact: "contacts", deal: "deals" },
  /** The deals list's sortable columns (TDealSortKey): "You may not sort deals by amount". */
  dealColumn: {
    title: "title",
    stage: "stage",
    amount: "amount",
    responsible: "responsible",
    expectedCloseAt: "expected close date",
    updatedAt: "last change",
  },
  /** The client kinds a record type belongs to: "this project has no company type…". */
  kind: { company: "company", contact: "contact", object: "object" },
} as const;

export type TWordFamily = keyof typeof ERROR_WORDS;

/** Which family a parameter of that name belongs to; any other parameter is shown as given. */
export const WORD_PARAMS = {
  thing: "thing",
  resource: "resource",
  action: "action",
  status: "status",
  target: "status",
  option1: "status",
  option2: "status",
  option3: "status",
  kind: "kind",
  records: "records",
  fieldType: "fieldType",
  scope: "scope",
  access: "fieldAccess",
  column: "dealColumn",
} as const satisfies Record<string, TWordFamily>;

export type TWordParam = keyof typeof WORD_PARAMS;

/** A code of one family: `TWord<"thing">` is `"company" | "contact" | …`. */
export type TWord<F extends TWordFamily> = keyof (typeof ERROR_WORDS)[F];

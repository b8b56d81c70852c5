import type { Prisma } from "../client";
import type { TSeededProject } from "./seed-org";
import { stableId } from "./stable-id";

type TFieldSpec = {
  key: string;
  label: string;
  type: "text" | "number" | "date" | "checkbox" | "select" | "email" | "phone" | "url";
  options?: string[];
};
type TSectionSpec = {
  key: string;
  kind: "company" | "contact" | "object" | "deal";
  name: string;
  isDefault?: boolean;
  groupKeys?: string[];
  fields: TFieldSpec[];
};

// The first two sections of each card are the undeletable defaults (F2); "Key account
// strategy" is limited to the Key accounts group (D8).
const SECTIONS: TSectionSpec[] = [
  {
    key: "company_main",
    kind: "company",
    name: "Main",
    isDefault: true,
    fields: [
      {
        key: "segment",
        label: "Segment",
        type: "select",
        options: ["SMB", "Mid-market", "Enterprise"],
      },
      { key: "employees", label: "Employees", type: "number" },
    ],
  },
  {
    key: "company_contact",
    kind: "company",
    name: "Contact details",
    isDefault: true,
    fields: [
      { key: "billing_email", label: "Billing e-mail", type: "email" },
      { key: "switchboard", label: "Switchboard", type: "phone" },
    ],
  },
  {
    key: "company_billing",
    kind: "company",
    name: "Billing",
    fields: [
      { key: "iban", label: "IBAN", type: "text" },
      { key: "payment_terms", label: "Payment terms (days)", type: "number" },
      { key: "vat_payer", label: "VAT payer", type: "checkbox" },
    ],
  },
  {
    key: "company_key_account",
    kind: "company",
    name: "Key account strategy",
    groupKeys: ["key_accounts"],
    fields: [
      { key: "strategy", label: "Strategy", type: "text" },
      { key: "renewal_date", label: "Renewal date", type: "date" },
    ],
  },
  {
    key: "contact_main",
    kind: "contact",
    name: "Main",
    isDefault: true,
    fields: [{ key: "birthday", label: "Birthday", type: "date" }],
  },
  {
    key: "contact_personal",
    kind: "contact",
    name: "Personal",
    isDefault: true,
    fields: [{ key: "linkedin", label: "LinkedIn", type: "url" }],
  },
  {
    key: "contact_preferences",
    kind: "contact",
    name: "Preferences",
    fields: [
      { key: "newsletter", label: "Newsletter", type: "checkbox" },
      {
        key: "channel",
        label: "Preferred channel",
        type: "select",
        options: ["E-mail", "Phone", "Meeting"],
      },
    ],
  },
  {
    key: "object_main",
    kind: "object",
    name: "Main",
    isDefault: true,
    fields: [{ key: "area_m2", label: "Area (m²)", type: "number" }],
  },
  {
    key: "object_details",
    kind: "object",
    name: "Details",
    isDefault: true,
    fields: [{ key: "built", label: "Year built", type: "number" }],
  },
];

export const RECORD_TYPES = [
  { key: "customer", kind: "company", name: "Customer" },
  { key: "partner", kind: "company", name: "Partner" },
  { key: "supplier", kind: "company", name: "Supplier" },
  { key: "person", kind: "contact", name: "Person" },
  { key: "real_estate", kind: "object", name: "Real estate" },
] as const;

export function customFieldId(ids: TSeededProject, sectionKey: string, fieldKey: string): string {
  return stableId(`field:${ids.project.key}:${sectionKey}:${fieldKey}`);
}

// Sections and their fields, named by `idOf(key)`; positions follow the list given.
async function createSections(
  tx: Prisma.TransactionClient,
  projectId: string,
  idOf: (key: string) => string,
  sections: readonly TSectionSpec[],
): Promise<void> {
  await tx.section.createMany({
    skipDuplicates: true,
    data: sections.map((section, position) => ({
      id: idOf(`section:${section.key}`),
      projectId,
      kind: section.kind,
      name: section.name,
      position,
      isDefault: section.isDefault ?? false,
    })),
  });
  await tx.sectionGroup.createMany({
    skipDuplicates: true,
    data: sections.flatMap((section) =>
      (section.groupKeys ?? []).map((groupKey) => ({
        sectionId: idOf(`section:${section.key}`),
        groupId: idOf(`group:${groupKey}`),
      })),
    ),
  });
  await tx.customField.createMany({
    skipDuplicates: true,
    data: sections.flatMap((section) =>
      section.fields.map((field, position) => ({
        id: idOf(`field:${section.key}:${field.key}`),
        projectId,
        sectionId: idOf(`section:${section.key}`),
        key: field.key,
        label: field.label,
        type: field.type,
        options: field.options ?? undefined,
        position,
      })),
    ),
  });
}

/**
 * The undeletable default sections of each card (F2) with their fields, for a project
 * created after installation; its admins add the rest.
 */
export async function copyDefaultSections(
  tx: Prisma.TransactionClient,
  projectId: string,
): Promise<void> {
  const defaults = SECTIONS.filter((section) => section.isDefault);
  await createSections(tx, projectId, (key) => stableId(`${projectId}:${key}`), defaults);
}

export async function seedFields(tx: Prisma.TransactionClient, ids: TSeededProject): Promise<void> {
  const { projectId, project } = ids;
  await tx.recordType.createMany({
    skipDuplicates: true,
    data: RECORD_TYPES.map((type) => ({
      id: stableId(`type:${project.key}:${type.key}`),
      projectId,
      kind: type.kind,
      name: type.name,
    })),
  });
  // The demo's ids put the kind first (`section:b2b:company_main`), as they always have.
  const demoId = (key: string): string => {
    const [kind = "", ...rest] = key.split(":");
    return stableId([kind, project.key, ...rest].join(":"));
  };
  await createSections(tx, projectId, demoId, SECTIONS);
}

import {
  canReachAny,
  visibleFields,
  type FieldAccess,
  type RecordResource,
  type Subject,
} from "@charter/core/engine";
import type { Prisma } from "@charter/db/client";

import type { TDbClient } from "../access/project-scope";
import type { TCardKind } from "../custom-fields/card-kinds";
import { readCustomSections } from "../custom-fields/read-custom-sections";
import { fieldAccessOf } from "../fields/built-in-fields";
import type { TMergeValue } from "./merge-fields";
import type { TMergeLinks } from "./merge-links";
import { invoiceLinesTable, productsTable } from "./merge-tables";

// The values a document merges, as its author may see them (PERMISSIONS.md "Fields": hidden
// built-in fields and hidden custom sections are removed from document merge). A value the
// author may not read is never put in the map, so it cannot reach the HTML.

type TValues = Map<string, TMergeValue>;
type TScalar = string | number | boolean | Date | Prisma.Decimal | null | undefined;

function text(value: TScalar): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "object") return value.toFixed(2);
  return String(value);
}

function put(values: TValues, path: string, value: TScalar): void {
  const merged = text(value);
  if (merged !== undefined) values.set(path, merged);
}

/** Street, postal code and city, country: the parts the author may read, on one line. */
function address(parts: Record<string, TScalar>): string {
  const { street, postalCode, city, country } = parts;
  const place = [text(postalCode), text(city)].filter(Boolean).join(" ");
  return [text(street), place, text(country)].filter(Boolean).join(", ");
}

function readable<T extends object>(row: T, access: Record<string, FieldAccess>): Partial<T> {
  return Object.fromEntries(
    Object.entries(row).filter(([field]) => (access[field] ?? "write") !== "hidden"),
  ) as Partial<T>;
}

function builtInAccess(subject: Subject, resource: RecordResource, fields: readonly string[]) {
  return visibleFields(subject, resource, { builtInFields: fields, sections: [] }).fields;
}

async function putCustomValues(
  db: TDbClient,
  subject: Subject,
  values: TValues,
  card: { kind: TCardKind; recordId: string; typeId: string | null },
): Promise<void> {
  const sections = await readCustomSections(
    db,
    subject,
    { projectId: subject.projectId, ...card },
    false,
  );
  for (const field of sections.flatMap((section) => section.fields).reverse()) {
    put(values, `${card.kind}.custom.${field.key}`, field.value);
  }
}

export async function buildMergeValues(
  db: TDbClient,
  subject: Subject,
  input: { links: TMergeLinks; document: { title: string; number: string | null } },
): Promise<TValues> {
  const values: TValues = new Map();
  const { company, contact, deal, invoice } = input.links;

  const project = await db.project.findUniqueOrThrow({ where: { id: subject.projectId } });
  const { name, legalName, registrationNumber, vatId, email, phone } = project;
  const { street, city, postalCode, country } = project;
  const profile = { name, legalName, registrationNumber, vatId, email, phone };
  const place = { street, city, postalCode, country };
  for (const [field, value] of Object.entries({ ...profile, ...place })) {
    put(values, `project.${field}`, value);
  }
  put(values, "project.address", address(place));

  if (company) {
    const { id, typeId, responsibleId: _r, ...fields } = company;
    const shown = readable(fields, fieldAccessOf(subject, "company"));
    for (const [field, value] of Object.entries(shown)) put(values, `company.${field}`, value);
    put(values, "company.address", address(shown));
    await putCustomValues(db, subject, values, { kind: "company", recordId: id, typeId });
  }

  if (contact) {
    const { id, typeId, companyId: _c, ...fields } = contact;
    const shown = readable(fields, fieldAccessOf(subject, "contact"));
    for (const [field, value] of Object.entries(shown)) put(values, `contact.${field}`, value);
    put(values, "contact.fullName", [shown.firstName, shown.lastName].filter(Boolean).join(" "));
    await putCustomValues(db, subject, values, { kind: "contact", recordId: id, typeId });
  }

  if (deal) {
    const access = builtInAccess(subject, "deal", [
      "title",
      "amount",
      "currency",
      "status",
      "stageId",
      "expectedCloseAt",
    ]);
    const shown = readable(
      {
        title: deal.title,
        amount: deal.amount,
        currency: deal.currency,
        status: deal.status,
        stageId: deal.stage.name,
        expectedCloseAt: deal.expectedCloseAt,
      },
      access,
    );
    for (const [field, value] of Object.entries(shown)) {
      put(values, `deal.${field === "stageId" ? "stage" : field}`, value);
    }
    if (canReachAny(subject, "view", "product")) {
      const lines = deal.products.map((line) => ({ ...line, ...line.product }));
      values.set("deal.products", productsTable(lines, access.amount !== "hidden"));
    }
  }

  if (invoice) {
    const { id: _i, companyId: _c, dealId: _d, lines, ...fields } = invoice;
    const access = builtInAccess(subject, "invoice", Object.keys(fields));
    const shown = readable(fields, access);
    for (const [field, value] of Object.entries(shown)) put(values, `invoice.${field}`, value);
    if (access.totalNet !== "hidden") values.set("invoice.lines", invoiceLinesTable(lines));
  }

  put(values, "document.title", input.document.title);
  put(values, "document.number", input.document.number);
  put(values, "document.date", subject.context.now);
  return values;
}

import type { Prisma } from "@charter/db/client";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";

// The records a document is generated for. Each must be one the author may view: a link the
// author names that is outside their reach is refused like a wrong id; a link only implied
// (the deal's company, the invoice's deal) that they may not view is simply left out.

const COMPANY = {
  id: true,
  typeId: true,
  responsibleId: true,
  name: true,
  registrationNumber: true,
  vatId: true,
  email: true,
  phone: true,
  website: true,
  street: true,
  city: true,
  postalCode: true,
  country: true,
} as const satisfies Prisma.CompanySelect;

const CONTACT = {
  id: true,
  typeId: true,
  companyId: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  position: true,
} as const satisfies Prisma.ContactSelect;

const DEAL = {
  id: true,
  responsibleId: true,
  companyId: true,
  contactId: true,
  title: true,
  amount: true,
  currency: true,
  status: true,
  expectedCloseAt: true,
  stage: { select: { name: true } },
  products: {
    orderBy: { createdAt: "asc" },
    select: {
      quantity: true,
      unitPrice: true,
      discount: true,
      product: { select: { name: true, sku: true } },
    },
  },
} as const satisfies Prisma.DealSelect;

const INVOICE = {
  id: true,
  number: true,
  status: true,
  currency: true,
  issuedAt: true,
  dueAt: true,
  totalNet: true,
  totalVat: true,
  totalGross: true,
  companyId: true,
  dealId: true,
  lines: { orderBy: { position: "asc" } },
} as const satisfies Prisma.InvoiceSelect;

export type TMergeLinks = {
  company: Prisma.CompanyGetPayload<{ select: typeof COMPANY }> | null;
  contact: Prisma.ContactGetPayload<{ select: typeof CONTACT }> | null;
  deal: Prisma.DealGetPayload<{ select: typeof DEAL }> | null;
  invoice: Prisma.InvoiceGetPayload<{ select: typeof INVOICE }> | null;
};

export type TLinkInput = {
  companyId?: string | undefined;
  contactId?: string | undefined;
  dealId?: string | undefined;
  invoiceId?: string | undefined;
};

function missingLink(field: string, noun: "company" | "contact" | "deal" | "invoice"): AppError {
  return new AppError(
    "INVALID_INPUT",
    { key: "access.pickFromList", params: { thing: noun } },
    { field },
  );
}

/** Finds the linked records within the author's view reach, in the change's transaction. */
export async function findMergeLinks(
  scope: TProjectScope,
  tx: Prisma.TransactionClient,
  input: TLinkInput,
): Promise<TMergeLinks> {
  const projectId = scope.project.id;
  const byId = (id: string) => ({ id, projectId });
  const findInvoice = (id: string) =>
    tx.invoice.findFirst({
      where: { AND: [byId(id), scope.reach("invoice", "view")] },
      select: INVOICE,
    });
  const findDeal = (id: string) =>
    tx.deal.findFirst({ where: { AND: [byId(id), scope.reach("deal", "view")] }, select: DEAL });
  const findContact = (id: string) =>
    tx.contact.findFirst({
      where: { AND: [byId(id), scope.reach("contact", "view")] },
      select: CONTACT,
    });
  const findCompany = (id: string) =>
    tx.company.findFirst({
      where: { AND: [byId(id), scope.reach("company", "view")] },
      select: COMPANY,
    });

  const invoice = input.invoiceId ? await findInvoice(input.invoiceId) : null;
  if (input.invoiceId && !invoice) throw missingLink("invoiceId", "invoice");

  const dealId = input.dealId ?? invoice?.dealId;
  const deal = dealId ? await findDeal(dealId) : null;
  if (input.dealId && !deal) throw missingLink("dealId", "deal");

  const contactId = input.contactId ?? deal?.contactId;
  const contact = contactId ? await findContact(contactId) : null;
  if (input.contactId && !contact) throw missingLink("contactId", "contact");

  const companyId = input.companyId ?? invoice?.companyId ?? deal?.companyId ?? contact?.companyId;
  const company = companyId ? await findCompany(companyId) : null;
  if (input.companyId && !company) throw missingLink("companyId", "company");

  return { company, contact, deal, invoice };
}

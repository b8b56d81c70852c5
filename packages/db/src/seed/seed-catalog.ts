import type { Prisma } from "../client";
import masterData from "./master-data.json" with { type: "json" };
import { importMasterData, ZMasterData } from "./master-data";
import type { TSeededProject } from "./seed-org";
import { stableId } from "./stable-id";

const PRODUCTS = [
  { sku: "CRM-STD", name: "Charter CRM Standard licence", unitPrice: "12000.00" },
  { sku: "CRM-ENT", name: "Charter CRM Enterprise licence", unitPrice: "48000.00" },
  { sku: "SRV-IMPL", name: "Implementation (day)", unitPrice: "14000.00" },
  { sku: "SRV-TRN", name: "Training (day)", unitPrice: "9000.00" },
  { sku: "SRV-SUP", name: "Support plan (year)", unitPrice: "24000.00" },
  { sku: "HW-SRV1", name: "Rack server R1", unitPrice: "165000.00" },
  { sku: "HW-NAS", name: "Network storage N4", unitPrice: "58000.00" },
  { sku: "HW-LAP", name: "Business laptop L14", unitPrice: "32000.00" },
  { sku: "HW-PHN", name: "IP desk phone", unitPrice: "3900.00" },
  { sku: "SW-BKP", name: "Backup suite (year)", unitPrice: "18000.00" },
  { sku: "SW-SEC", name: "Endpoint security (seat, year)", unitPrice: "1200.00" },
  { sku: "SRV-AUD", name: "Security audit", unitPrice: "75000.00" },
];

export function productId(ids: TSeededProject, sku: string): string {
  return stableId(`product:${ids.project.key}:${sku}`);
}

export async function seedCatalog(
  tx: Prisma.TransactionClient,
  ids: TSeededProject,
): Promise<typeof PRODUCTS> {
  await importMasterData(tx, ids.projectId, ZMasterData.parse(masterData));
  await tx.product.createMany({
    skipDuplicates: true,
    data: PRODUCTS.map((product) => ({
      id: productId(ids, product.sku),
      projectId: ids.projectId,
      currency: "CZK",
      vatRate: "21.00",
      ...product,
    })),
  });
  await tx.documentTemplate.createMany({
    skipDuplicates: true,
    data: (
      [
        {
          kind: "offer",
          name: "Commercial offer",
          bodyHtml:
            "<h1>Offer {{deal.title}}</h1><p>{{project.legalName}}, IČO {{project.registrationNumber}}</p><p>For {{company.name}}: {{deal.amount}} {{deal.currency}}</p>",
        },
        {
          kind: "contract",
          name: "Service contract",
          bodyHtml:
            "<h1>Contract</h1><p>Between {{project.legalName}} ({{project.registrationNumber}}) and {{company.name}} ({{company.registrationNumber}}).</p>",
        },
        {
          kind: "invoice",
          name: "Invoice",
          bodyHtml:
            "<h1>Invoice {{invoice.number}}</h1><p>{{project.legalName}}, VAT {{project.vatId}}</p>",
        },
      ] as const
    ).map((template) => ({
      id: stableId(`template:${ids.project.key}:${template.kind}`),
      projectId: ids.projectId,
      ...template,
    })),
  });
  return PRODUCTS;
}

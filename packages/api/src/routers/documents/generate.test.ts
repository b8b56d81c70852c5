import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { catchError, makeCompany, makeDeal, makeTemplate } from "./documents-test-kit";

const getDb = useSeededDatabase();

const FULL_OFFER = [
  "<h1>{{document.title}}</h1>",
  "<p>{{project.legalName}}, IČO {{project.registrationNumber}}, VAT {{project.vatId}}</p>",
  "<p>{{project.address}} · {{project.email}} · {{project.phone}}</p>",
  "<p>For {{company.name}} ({{company.registrationNumber}}), {{contact.fullName}}</p>",
  "<p>{{deal.title}}: {{deal.amount}} {{deal.currency}}, stage {{deal.stage}}</p>",
  "{{deal.products}}",
].join("");

describe("documents: generate (I1)", () => {
  it("[I1] merges the project profile, the client, the deal and its products into a draft", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const company = await makeCompany(db, "ivanova", { name: "Alfa Stavby a.s." });
    const contact = await db.contact.create({
      data: {
        projectId: ivanova.projectId,
        responsibleId: ivanova.id,
        companyId: company.id,
        firstName: "Jan",
        lastName: "Novák",
      },
    });
    const deal = await makeDeal(db, "ivanova", {
      companyId: company.id,
      contactId: contact.id,
      title: "CRM rollout",
      amount: "32400.00",
    });
    const template = await makeTemplate(db, { kind: "offer", bodyHtml: FULL_OFFER });

    const document = await (
      await callerFor(db, "ivanova")
    ).documents.generate({ templateId: template.id, dealId: deal.id });

    // The deal brought its company and contact with it.
    expect(document).toMatchObject({
      kind: "offer",
      status: "draft",
      templateId: template.id,
      company: { id: company.id, name: company.name },
      contact: { id: contact.id },
      deal: { id: deal.id, name: deal.title },
      responsible: { id: ivanova.id },
      title: `${template.name} – Alfa Stavby a.s.`,
      version: 1,
    });
    const html = document.bodyHtml ?? "";
    expect(html).toContain(`<h1>${template.name} – Alfa Stavby a.s.</h1>`);
    expect(html).toContain("<p>Charter Demo s.r.o., IČO 27074358, VAT CZ27074358</p>");
    expect(html).toContain(
      "<p>Vinohradská 12, 120 00 Praha, CZ · office@demo.charter.test · +420 222 111 000</p>",
    );
    expect(html).toContain("<p>For Alfa Stavby a.s. (12345678), Jan Novák</p>");
    expect(html).toMatch(/<p>CRM rollout: 32400\.00 CZK, stage [^<]+<\/p>/);
    // 3 × 12,000.00 less 10 % = 32,400.00, computed in decimal.
    expect(html).toContain(
      "<td>Charter CRM Standard licence</td><td>3</td><td>12000.00</td><td>10</td><td>32400.00</td>",
    );
    const stored = await db.document.findUniqueOrThrow({ where: { id: document.id } });
    expect(stored.directionId).toBe(
      (await db.employee.findUniqueOrThrow({ where: { id: ivanova.id } })).directionId,
    );
    const [entry] = await db.auditEntry.findMany({ where: { recordId: document.id } });
    expect(entry).toMatchObject({ action: "create", resource: "document", employeeId: ivanova.id });
  });

  it("[I1] hostile HTML in merged values is escaped, never run", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", {
      name: `<script>alert("pwned")</script><img src=x onerror=alert(1)> & {{project.legalName}}`,
    });
    const template = await makeTemplate(db, {
      kind: "offer",
      bodyHtml: "<p>{{company.name}}</p><p>{{company.city}}</p>",
    });

    const document = await (
      await callerFor(db, "ivanova")
    ).documents.generate({ templateId: template.id, companyId: company.id, title: "<b>T</b>" });

    expect(document.bodyHtml).toBe(
      "<p>&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; {{project.legalName}}</p><p>Brno</p>",
    );
    expect(document.bodyHtml).not.toMatch(/<script|<img/);
    expect(document.title).toBe("<b>T</b>");
  });

  it("[D8] a custom section hidden from the author is not merged; a member's document has it", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", {
      name: "Key Client s.r.o.",
      custom: { strategy: "Secret expansion plan", segment: "Enterprise" },
    });
    const template = await makeTemplate(db, {
      kind: "offer",
      bodyHtml: "<p>[{{company.custom.segment}}] [{{company.custom.strategy}}]</p>",
    });

    // Marek (Complaints) sees every company but is outside the Key accounts group.
    const marek = await (
      await callerFor(db, "marek")
    ).documents.generate({ templateId: template.id, companyId: company.id });
    const ivanova = await (
      await callerFor(db, "ivanova")
    ).documents.generate({ templateId: template.id, companyId: company.id });

    expect(marek.bodyHtml).toBe("<p>[Enterprise] []</p>");
    expect(ivanova.bodyHtml).toBe("<p>[Enterprise] [Secret expansion plan]</p>");
    const stored = await db.document.findUniqueOrThrow({ where: { id: marek.id } });
    expect(stored.bodyHtml).not.toContain("Secret");
  });

  it("[D2] a built-in field hidden from the author's role is not merged: the telephonist's deal amount and prices", async () => {
    const db = getDb();
    const cerny = await findPersona(db, "cerny");
    // The Telephonist role has no documents; an allow override lets Černý make his own.
    await db.permissionOverride.createMany({
      data: ["view", "create"].map((action) => ({
        employeeId: cerny.id,
        resource: "document",
        action,
        effect: "allow" as const,
      })),
    });
    const company = await makeCompany(db, "cerny", { name: "Hidden Amount s.r.o." });
    const deal = await makeDeal(db, "cerny", {
      companyId: company.id,
      title: "Phones",
      amount: "99000.00",
    });
    const template = await makeTemplate(db, {
      kind: "offer",
      bodyHtml: "<p>{{deal.title}} [{{deal.amount}}]</p>{{deal.products}}",
    });

    const document = await (
      await callerFor(db, "cerny")
    ).documents.generate({ templateId: template.id, dealId: deal.id });

    expect(document.bodyHtml).toBe(
      "<p>Phones []</p><table><thead><tr><th>Product</th><th>Quantity</th></tr></thead><tbody><tr><td>Charter CRM Standard licence</td><td>3</td></tr></tbody></table>",
    );
    expect(document.bodyHtml).not.toMatch(/99000|12000|32400/);
  });

  it("a template that merges a deal needs one: the error names the field and what it merges", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", { name: "No Deal s.r.o." });
    const offer = await db.documentTemplate.findFirstOrThrow({
      where: { name: "Commercial offer", project: { slug: "charter-b2b" } },
    });
    const before = await db.document.count();

    const error = await catchError(
      (await callerFor(db, "ivanova")).documents.generate({
        templateId: offer.id,
        companyId: company.id,
      }),
    );

    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      'dealId: the template "Commercial offer" merges deal fields ({{deal.title}}, {{deal.amount}}, {{deal.currency}}); choose a deal you may see.',
    );
    await expect(db.document.count()).resolves.toBe(before);
  });

  it("[D7] a linked record outside the author's reach is refused exactly like a wrong id", async () => {
    const db = getDb();
    const theirs = await makeCompany(db, "horakova", { name: "Brno Client" });
    const deal = await makeDeal(db, "horakova", {
      companyId: theirs.id,
      title: "Not yours",
      amount: "1.00",
    });
    const template = await makeTemplate(db, { kind: "offer", bodyHtml: "<p>{{deal.title}}</p>" });
    const caller = await callerFor(db, "ivanova");

    const hidden = await catchError(
      caller.documents.generate({ templateId: template.id, dealId: deal.id }),
    );
    const missing = await catchError(
      caller.documents.generate({ templateId: template.id, dealId: crypto.randomUUID() }),
    );

    expect(hidden).toMatchObject({ code: "BAD_REQUEST" });
    expect(hidden.message).toBe(missing.message);
    expect(hidden.message).toBe("dealId: no deal with this id; pick one from the list.");
  });

  it("a custom field deleted after the template was saved merges as empty, never a crash", async () => {
    const db = getDb();
    const admin = await findPersona(db, "admin");
    const section = await db.section.findFirstOrThrow({
      where: { projectId: admin.projectId, kind: "company", name: "Billing" },
    });
    const admins = await callerFor(db, "admin");
    const field = await admins.fields.createField({
      sectionId: section.id,
      key: "short_lived",
      label: "Short-lived",
      type: "text",
    });
    const template = await admins.documents.createTemplate({
      kind: "other",
      name: "Uses a short-lived field",
      bodyHtml: "<p>[{{company.custom.short_lived}}]</p>",
    });
    await admins.fields.deleteField({ id: field.id, version: field.version });
    const company = await makeCompany(db, "admin", { name: "After Delete s.r.o." });

    const document = await admins.documents.generate({
      templateId: template.id,
      companyId: company.id,
    });

    expect(document.bodyHtml).toBe("<p>[]</p>");
  });

  it("[I2] the invoicing clerk generates an invoice document from an invoice: its number, lines and totals", async () => {
    const db = getDb();
    const company = await makeCompany(db, "ivanova", { name: "Billed Client s.r.o." });
    const vesela = await callerFor(db, "vesela");
    const invoice = await vesela.invoices.create({
      companyId: company.id,
      currency: "CZK",
      lines: [
        { description: "Training <day>", quantity: "2", unitPrice: "9000.00", vatRate: "21" },
      ],
    });
    const template = await db.documentTemplate.update({
      where: { projectId_name: { projectId: company.projectId, name: "Invoice" } },
      data: {
        bodyHtml:
          "<h1>Invoice {{invoice.number}}</h1><p>{{project.legalName}}, VAT {{project.vatId}}</p>{{invoice.lines}}<p>{{invoice.totalNet}} + {{invoice.totalVat}} = {{invoice.totalGross}} {{invoice.currency}}</p>",
      },
    });

    const document = await vesela.documents.generate({
      templateId: template.id,
      invoiceId: invoice.id,
    });

    expect(document).toMatchObject({
      kind: "invoice",
      number: invoice.number,
      company: { id: company.id, name: company.name },
    });
    expect(document.bodyHtml).toContain(`<h1>Invoice ${invoice.number}</h1>`);
    expect(document.bodyHtml).toContain(
      "<td>1</td><td>Training &lt;day&gt;</td><td>2</td><td>9000.00</td><td>21</td><td>18000.00</td>",
    );
    expect(document.bodyHtml).toContain("<p>18000.00 + 3780.00 = 21780.00 CZK</p>");
  });
});

import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { catchError, makeCompany, makeTemplate } from "./documents-test-kit";

const getDb = useSeededDatabase();

async function keyAccountsGroup() {
  const admin = await findPersona(getDb(), "admin");
  return getDb().crmGroup.findFirstOrThrow({
    where: { projectId: admin.projectId, name: "Key accounts" },
  });
}

async function usableNames(persona: string): Promise<string[]> {
  const templates = await (await callerFor(getDb(), persona)).documents.listTemplates({});
  return templates.map((template) => template.name);
}

describe("documents: templates (I1, D9)", () => {
  it("[D9] the Complaints role is offered the offer template but not the contract or invoice one", async () => {
    const marek = await usableNames("marek");
    const vesela = await usableNames("vesela");

    expect(marek).toContain("Commercial offer");
    expect(marek).not.toContain("Service contract");
    expect(marek).not.toContain("Invoice");
    // The Invoicing clerk makes invoice documents only.
    expect(vesela).toEqual(["Invoice"]);
    // A template of a kind they may not make is, to them, a template that does not exist.
    const contract = await getDb().documentTemplate.findFirstOrThrow({
      where: { name: "Service contract", project: { slug: "charter-b2b" } },
    });
    const caller = await callerFor(getDb(), "marek");
    const hidden = await catchError(caller.documents.getTemplate({ id: contract.id }));
    const missing = await catchError(caller.documents.getTemplate({ id: crypto.randomUUID() }));
    expect(hidden).toMatchObject({ code: "NOT_FOUND", message: missing.message });
    const company = await makeCompany(getDb(), "ivanova", { name: "Contract Client" });
    await expect(
      caller.documents.generate({ templateId: contract.id, companyId: company.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: missing.message });
  });

  it("[D9] a template limited to a CRM group is usable by its members only, and by an Admin", async () => {
    const db = getDb();
    const group = await keyAccountsGroup();
    const admins = await callerFor(db, "admin");
    const created = await admins.documents.createTemplate({
      kind: "offer",
      name: "Key account offer",
      bodyHtml: "<p>{{company.name}}</p>",
      groupIds: [group.id],
    });
    expect(created.limitedToGroups).toEqual([{ id: group.id, name: "Key accounts" }]);

    await expect(usableNames("ivanova")).resolves.toContain("Key account offer");
    await expect(usableNames("admin")).resolves.toContain("Key account offer");
    await expect(usableNames("marek")).resolves.not.toContain("Key account offer");
    const marek = await callerFor(db, "marek");
    const company = await makeCompany(db, "ivanova", { name: "Limited Client" });
    await expect(
      marek.documents.generate({ templateId: created.id, companyId: company.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Opening it to everyone counts at the very next request.
    await admins.documents.limitTemplate({
      id: created.id,
      version: created.version,
      groupIds: [],
    });
    await expect(usableNames("marek")).resolves.toContain("Key account offer");
    await expect(
      marek.documents.generate({ templateId: created.id, companyId: company.id }),
    ).resolves.toMatchObject({ kind: "offer" });
  });

  it("a deactivated template is offered to no one, and still listed in the settings", async () => {
    const db = getDb();
    const template = await makeTemplate(db, { kind: "offer", bodyHtml: "<p>old</p>" });
    const admins = await callerFor(db, "admin");

    const off = await admins.documents.setTemplateActive({
      id: template.id,
      version: template.version,
      isActive: false,
    });

    expect(off).toMatchObject({ isActive: false, version: template.version + 1 });
    await expect(usableNames("admin")).resolves.not.toContain(template.name);
    const settings = await admins.documents.listTemplateSettings({ kind: "offer" });
    expect(settings.find((row) => row.id === template.id)).toMatchObject({ isActive: false });
    await admins.documents.setTemplateActive({
      id: template.id,
      version: off.version,
      isActive: true,
    });
    await expect(usableNames("ivanova")).resolves.toContain(template.name);
  });

  it("[I1] an unknown merge field is refused at save time, listing the allowed fields; nothing is saved", async () => {
    const db = getDb();
    const admins = await callerFor(db, "admin");
    const before = await db.documentTemplate.count();

    const error = await catchError(
      admins.documents.createTemplate({
        kind: "offer",
        name: "Typo",
        bodyHtml: "<p>{{deal.titel}} {{company.custom.strategy}}</p>",
      }),
    );

    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^bodyHtml: unknown merge field \{\{deal\.titel\}\}\. Allowed: /);
    expect(error.message).toContain("deal.title");
    expect(error.message).toContain("company.custom.strategy");
    await expect(db.documentTemplate.count()).resolves.toBe(before);
  });

  it("template markup that would run code is refused; so is a second template of the same name", async () => {
    const admins = await callerFor(getDb(), "admin");

    await expect(
      admins.documents.createTemplate({
        kind: "other",
        name: "Hostile",
        bodyHtml: '<p onmouseover="steal()">{{company.name}}</p><script>steal()</script>',
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/tag "<script".*event handler/s) as unknown,
    });
    await expect(
      admins.documents.createTemplate({
        kind: "other",
        name: "Commercial offer",
        bodyHtml: "<p>{{company.name}}</p>",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("name:") as unknown,
    });
  });

  it("[E3] update is versioned: a stale version is a CONFLICT and changes nothing; the audit keeps both sides", async () => {
    const db = getDb();
    const template = await makeTemplate(db, { kind: "order", bodyHtml: "<p>v1</p>" });
    const caller = await callerFor(db, "petrov");

    const saved = await caller.documents.updateTemplate({
      id: template.id,
      version: template.version,
      bodyHtml: "<p>{{deal.title}} v2</p>",
    });
    await expect(
      caller.documents.updateTemplate({
        id: template.id,
        version: template.version,
        bodyHtml: "<p>stale</p>",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      caller.documents.updateTemplate({
        id: template.id,
        version: saved.version,
        bodyHtml: "{{x}}",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    expect(saved).toMatchObject({ bodyHtml: "<p>{{deal.title}} v2</p>", version: 2 });
    await expect(
      db.documentTemplate.findUniqueOrThrow({ where: { id: template.id } }),
    ).resolves.toMatchObject({ bodyHtml: "<p>{{deal.title}} v2</p>", version: 2 });
    const entries = await db.auditEntry.findMany({ where: { recordId: template.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "update", resource: "settings.fields" });
    expect(entries[0]?.before).toMatchObject({
      entity: "document_template",
      bodyHtml: "<p>v1</p>",
    });
  });

  it("[E4] templates are managed under settings.fields: a rep may not, a manager may until denied per user", async () => {
    const db = getDb();
    const petrov = await findPersona(db, "petrov");
    const input = { kind: "other" as const, bodyHtml: "<p>{{project.name}}</p>" };

    await expect(
      (await callerFor(db, "ivanova")).documents.createTemplate({ ...input, name: "By a rep" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await callerFor(db, "ivanova")).documents.listTemplateSettings({}),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await callerFor(db, "petrov")).documents.createTemplate({ ...input, name: "By a manager" }),
    ).resolves.toMatchObject({ name: "By a manager" });

    await db.permissionOverride.create({
      data: {
        employeeId: petrov.id,
        resource: "settings.fields",
        action: "create",
        effect: "deny",
      },
    });
    await expect(
      (await callerFor(db, "petrov")).documents.createTemplate({ ...input, name: "Denied" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("deleting a template keeps the documents made from it", async () => {
    const db = getDb();
    const template = await makeTemplate(db, { kind: "offer", bodyHtml: "<p>{{company.name}}</p>" });
    const company = await makeCompany(db, "ivanova", { name: "Kept Client" });
    const document = await (
      await callerFor(db, "ivanova")
    ).documents.generate({ templateId: template.id, companyId: company.id });

    await (
      await callerFor(db, "admin")
    ).documents.deleteTemplate({ id: template.id, version: template.version });

    await expect(db.documentTemplate.count({ where: { id: template.id } })).resolves.toBe(0);
    await expect(
      db.document.findUniqueOrThrow({ where: { id: document.id } }),
    ).resolves.toMatchObject({ templateId: null, bodyHtml: "<p>Kept Client</p>" });
  });
});

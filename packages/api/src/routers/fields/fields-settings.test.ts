import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

async function sectionNamed(kind: "company" | "contact" | "object", name: string) {
  const { projectId } = await findPersona(getDb(), "admin");
  return getDb().section.findFirstOrThrow({
    where: { projectId, kind, name },
    include: { fields: true },
  });
}

describe("fields: settings of sections and custom fields", () => {
  it("[E4] Admin and Administration users manage fields unless denied per user; others may not", async () => {
    const db = getDb();
    const petrov = await callerFor(db, "petrov");
    const section = await petrov.fields.createSection({ kind: "contact", name: "Events" });
    expect(section).toMatchObject({ kind: "contact", isDefault: false, fields: [] });
    await expect(
      petrov.fields.createField({ sectionId: section.id, label: "Fair visited", type: "checkbox" }),
    ).resolves.toMatchObject({ key: "fair_visited", type: "checkbox", options: null });
    await expect(
      db.auditEntry.count({ where: { recordId: section.id, resource: "settings.fields" } }),
    ).resolves.toBe(1);

    for (const persona of ["ivanova", "auditor"]) {
      await expect(
        (await callerFor(db, persona)).fields.createSection({ kind: "contact", name: "Nope" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      (await callerFor(db, "auditor")).fields.listSections({ kind: "contact" }),
    ).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ id: section.id })]));

    const employee = await findPersona(db, "petrov");
    await db.permissionOverride.create({
      data: {
        employeeId: employee.id,
        resource: "settings.fields",
        action: "create",
        effect: "deny",
      },
    });
    await expect(
      (await callerFor(db, "petrov")).fields.createSection({ kind: "contact", name: "Denied" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "deny-override" } });
    await expect(db.section.count({ where: { name: { in: ["Nope", "Denied"] } } })).resolves.toBe(
      0,
    );
  });

  it("[F2] the two default sections of a card cannot be deleted; another goes with its fields and values", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    for (const name of ["Main", "Contact details"]) {
      const section = await sectionNamed("company", name);
      await expect(
        admin.fields.deleteSection({ id: section.id, version: section.version }),
      ).rejects.toThrow(/default sections and cannot be deleted/);
      await expect(db.section.count({ where: { id: section.id } })).resolves.toBe(1);
    }

    const billing = await sectionNamed("company", "Billing");
    const iban = billing.fields.find((field) => field.key === "iban");
    const company = await db.company.findFirstOrThrow({ where: { projectId: billing.projectId } });
    await admin.companies.update({
      id: company.id,
      version: company.version,
      customValues: { [iban?.id ?? ""]: "CZ65 0800 0000 1920 0014 5399" },
    });
    await expect(
      admin.fields.deleteSection({ id: billing.id, version: billing.version }),
    ).resolves.toEqual({ id: billing.id });
    await expect(db.customField.count({ where: { sectionId: billing.id } })).resolves.toBe(0);
    await expect(db.customFieldValue.count({ where: { fieldId: iban?.id } })).resolves.toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { recordId: billing.id, action: "delete" },
    });
    expect(entry.before).toMatchObject({ name: "Billing", deletedValues: 1 });
  });

  it("[F2] a field's type never changes; a select field's choices can be edited", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const main = await sectionNamed("company", "Main");
    const segment = main.fields.find((field) => field.key === "segment");
    if (!segment) throw new Error("The seed has a segment field.");

    await expect(
      admin.fields.updateField({
        id: segment.id,
        version: segment.version,
        type: "text",
      } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // The database refuses it too, whatever code path tries.
    await expect(
      db.customField.update({ where: { id: segment.id }, data: { type: "text" } }),
    ).rejects.toThrow();
    await expect(
      db.customField.findUniqueOrThrow({ where: { id: segment.id } }),
    ).resolves.toMatchObject({ type: "select", version: segment.version });

    const edited = await admin.fields.updateField({
      id: segment.id,
      version: segment.version,
      label: "Market segment",
      options: ["SMB", "Mid-market", "Enterprise", "Public sector"],
    });
    expect(edited).toMatchObject({ type: "select", label: "Market segment" });
    // Seeded companies hold "SMB": it cannot be removed while chosen.
    await expect(
      admin.fields.updateField({
        id: segment.id,
        version: edited.version,
        options: ["Mid-market", "Enterprise", "Public sector"],
      }),
    ).rejects.toThrow(/"SMB" is still chosen on \d+ records/);
    await expect(
      admin.fields.updateField({
        id: segment.id,
        version: edited.version,
        options: ["SMB", "Mid-market", "Enterprise"],
      }),
    ).resolves.toMatchObject({ options: ["SMB", "Mid-market", "Enterprise"] });

    await expect(
      admin.fields.createField({ sectionId: main.id, label: "Tier", type: "select" }),
    ).rejects.toThrow(/at least one choice/);
    await expect(
      admin.fields.createField({
        sectionId: main.id,
        label: "Note",
        type: "text",
        options: ["a"],
      }),
    ).rejects.toThrow(/only a select field has choices/);
    await expect(
      admin.fields.createField({
        sectionId: main.id,
        label: "Segment",
        key: "segment",
        type: "text",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      admin.fields.createField({ sectionId: main.id, label: "Kind", type: "colour" as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("[D8] limiting a section to groups hides it from everyone else at their next request", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const preferences = await sectionNamed("contact", "Preferences");
    const keyAccounts = await db.crmGroup.findFirstOrThrow({
      where: { projectId: preferences.projectId, name: "Key accounts" },
    });
    const horakova = await findPersona(db, "horakova");
    const contact = await db.contact.findFirstOrThrow({ where: { responsibleId: horakova.id } });
    const names = async (persona: string) =>
      (await (await callerFor(db, persona)).contacts.get({ id: contact.id })).customSections.map(
        (section) => section.name,
      );
    expect(await names("dvorakova")).toContain("Preferences");

    const limited = await admin.fields.limitSection({
      id: preferences.id,
      version: preferences.version,
      groupIds: [keyAccounts.id],
    });
    expect(limited.limitedToGroups).toEqual([{ id: keyAccounts.id, name: "Key accounts" }]);
    expect(await names("dvorakova")).not.toContain("Preferences");
    expect(await names("horakova")).toContain("Preferences");
    await expect(
      (await callerFor(db, "dvorakova")).contacts.update({
        id: contact.id,
        version: contact.version,
        customValues: { [preferences.fields[0]?.id ?? ""]: true },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await expect(
      admin.fields.limitSection({
        id: preferences.id,
        version: limited.version,
        groupIds: [crypto.randomUUID()],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await admin.fields.limitSection({ id: preferences.id, version: limited.version, groupIds: [] });
    expect(await names("dvorakova")).toContain("Preferences");
  });

  it("[F2] sections and fields reorder; the defaults stay first; stale versions conflict", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const [main, details] = [
      await sectionNamed("object", "Main"),
      await sectionNamed("object", "Details"),
    ];
    const extra = await admin.fields.createSection({ kind: "object", name: "Surroundings" });
    await expect(
      admin.fields.reorderSections({
        kind: "object",
        typeId: null,
        sectionIds: [extra.id, main.id, details.id],
      }),
    ).rejects.toThrow(/default sections stay first/);
    await expect(
      admin.fields.reorderSections({ kind: "object", typeId: null, sectionIds: [main.id] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const reordered = await admin.fields.reorderSections({
      kind: "object",
      typeId: null,
      sectionIds: [details.id, main.id, extra.id],
    });
    expect(reordered.map((section) => section.name).slice(0, 3)).toEqual([
      "Details",
      "Main",
      "Surroundings",
    ]);

    const a = await admin.fields.createField({ sectionId: extra.id, label: "Park", type: "text" });
    const b = await admin.fields.createField({
      sectionId: extra.id,
      label: "Tram stop",
      type: "url",
    });
    await expect(
      admin.fields.reorderFields({ sectionId: extra.id, fieldIds: [b.id, a.id] }),
    ).resolves.toMatchObject([
      { id: b.id, position: 0 },
      { id: a.id, position: 1 },
    ]);

    // A reorder is a change: the versions read before it are stale.
    await expect(
      admin.fields.renameSection({ id: extra.id, version: extra.version, name: "Stale" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const moved = reordered.find((section) => section.id === extra.id);
    await expect(
      admin.fields.renameSection({ id: extra.id, version: moved?.version ?? 0, name: "Area" }),
    ).resolves.toMatchObject({ name: "Area" });
    await expect(admin.fields.deleteField({ id: a.id, version: a.version })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const current = await db.customField.findUniqueOrThrow({ where: { id: a.id } });
    await expect(admin.fields.deleteField({ id: a.id, version: current.version })).resolves.toEqual(
      { id: a.id },
    );
  });

  it("[F1] a type brings its own sections; a type in use cannot be deleted", async () => {
    const db = getDb();
    const admin = await callerFor(db, "admin");
    const type = await admin.fields.createType({ kind: "contact", name: "Supplier contact" });
    await expect(
      admin.fields.createType({ kind: "contact", name: "Supplier contact" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const section = await admin.fields.createSection({
      kind: "contact",
      typeId: type.id,
      name: "Supply",
    });
    await admin.fields.createField({ sectionId: section.id, label: "Lead time", type: "number" });
    const contact = await admin.contacts.create({
      firstName: "Dodavatel",
      lastName: "Novák",
      typeId: type.id,
    });
    const card = await admin.contacts.get({ id: contact.id });
    expect(card.customSections.map((s) => s.name)).toContain("Supply");
    await expect(
      admin.contacts.create({
        firstName: "Wrong",
        lastName: "Kind",
        typeId: (await admin.fields.listTypes({ kind: "company" }))[0]?.id ?? null,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const renamed = await admin.fields.renameType({
      id: type.id,
      version: type.version,
      name: "Supplier",
    });
    await expect(
      admin.fields.deleteType({ id: type.id, version: renamed.version }),
    ).rejects.toThrow(/1 record has the type "Supplier"/);
    await admin.contacts.update({
      id: contact.id,
      version: card.version,
      fields: { typeId: null },
    });
    await expect(
      admin.fields.deleteType({ id: type.id, version: renamed.version }),
    ).resolves.toEqual({ id: type.id });
    await expect(db.section.count({ where: { id: section.id } })).resolves.toBe(0);
  });

  it("settings of another project are missing ids", async () => {
    const db = getDb();
    const other = await db.section.findFirstOrThrow({
      where: { project: { slug: { not: "charter-b2b" } }, kind: "company", isDefault: false },
    });
    await expect(
      (await callerFor(db, "admin")).fields.renameSection({
        id: other.id,
        version: other.version,
        name: "Cross-tenant",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

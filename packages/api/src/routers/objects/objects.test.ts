import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

describe("objects", () => {
  it("create, get with its sections, update with custom values, stale version, delete", async () => {
    const db = getDb();
    const ivanova = await findPersona(db, "ivanova");
    const caller = await callerFor(db, "ivanova");
    const type = await db.recordType.findFirstOrThrow({
      where: { projectId: ivanova.projectId, kind: "object" },
    });
    const area = await db.customField.findFirstOrThrow({
      where: { projectId: ivanova.projectId, key: "area_m2" },
    });

    const object = await caller.objects.create({
      name: "Warehouse Hostivař",
      address: "Průmyslová 1, Praha",
      typeId: type.id,
    });
    expect(object).toMatchObject({ responsible: { id: ivanova.id }, version: 1 });
    const card = await caller.objects.get({ id: object.id });
    expect(card.customSections.map((section) => section.name)).toEqual(["Main", "Details"]);

    const saved = await caller.objects.update({
      id: object.id,
      version: object.version,
      fields: { address: "Průmyslová 2, Praha" },
      customValues: { [area.id]: "1250.5" },
    });
    expect(saved.customSections[0]?.fields[0]).toMatchObject({ key: "area_m2", value: "1250.5" });
    await expect(
      caller.objects.update({ id: object.id, version: object.version, fields: { name: "Stale" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      caller.objects.update({
        id: object.id,
        version: saved.version,
        customValues: { [area.id]: "big" },
      }),
    ).rejects.toThrow(/Area \(m²\):/);
    await expect(
      caller.objects.update({
        id: object.id,
        version: saved.version,
        fields: {
          typeId: (await db.recordType.findFirstOrThrow({ where: { kind: "company" } })).id,
        },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    // Deleting an object is not in a sales representative's defaults; the admin may.
    await expect(
      caller.objects.delete({ id: object.id, version: saved.version }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await callerFor(db, "admin");
    await expect(
      admin.objects.delete({ id: object.id, version: object.version }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(admin.objects.delete({ id: object.id, version: saved.version })).resolves.toEqual({
      id: object.id,
    });
    await expect(db.customFieldValue.count({ where: { objectId: object.id } })).resolves.toBe(0);
    await expect(
      db.auditEntry.count({ where: { recordId: object.id, resource: "object" } }),
    ).resolves.toBe(3);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { recordId: object.id, action: "delete" },
    });
    expect(entry.before).toMatchObject({ name: "Warehouse Hostivař", deletedCustomValues: 1 });
  });

  it("[D7] another team's object is a missing id and absent from the list", async () => {
    const db = getDb();
    const horakova = await findPersona(db, "horakova");
    const object = await db.crmObject.create({
      data: { projectId: horakova.projectId, responsibleId: horakova.id, name: "Brno depot" },
    });
    const petrov = await callerFor(db, "petrov");
    await expect(petrov.objects.get({ id: object.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(petrov.objects.list({ search: "Brno depot" })).resolves.toMatchObject({
      items: [],
    });
    await expect(
      (await callerFor(db, "dvorakova")).objects.list({ search: "brno DEPOT" }),
    ).resolves.toMatchObject({ items: [{ id: object.id }] });
  });
});

import { describe, expect, it } from "vitest";

import { callerFor, findPersona, useSeededDatabase } from "../../testing/personas";
import { csvRecords } from "../exports/exports-test-kit";
import { newToken, writeSearchable } from "../search/search-test-kit";

const getDb = useSeededDatabase();

/**
 * Runs `check` while a seeded role carries these contact field rules: by default Sales
 * representative, Ivanova's only role; Petrov, her manager, holds another and keeps every field.
 */
async function withContactRules(
  rules: Record<string, "hidden" | "read">,
  check: () => Promise<void>,
  templateKey = "sales_representative",
): Promise<void> {
  const db = getDb();
  const ivanova = await findPersona(db, "ivanova");
  const rep = await db.role.findFirstOrThrow({
    where: { projectId: ivanova.projectId, templateKey },
  });
  const created = await Promise.all(
    Object.entries(rules).map(([field, access]) =>
      db.fieldRule.create({ data: { roleId: rep.id, resource: "contact", field, access } }),
    ),
  );
  try {
    await check();
  } finally {
    await db.fieldRule.deleteMany({ where: { id: { in: created.map((rule) => rule.id) } } });
  }
}

/** A contact of Ivanova at her company, with an e-mail and a phone no seeded record holds. */
async function writeContact() {
  const db = getDb();
  const token = newToken();
  const { company, contact } = await writeSearchable(db, "ivanova", token);
  // No leading "+": the export guards such a cell against formula injection with a quote.
  const phone = `7${String(Date.now()).slice(-8)}`;
  const stored = await db.contact.update({
    where: { id: contact.id },
    data: { email: `${token.toLowerCase()}@mail.example`, phone, position: "Buyer" },
  });
  return { token, company, contact: { ...stored, email: stored.email ?? "", phone } };
}

const HIDE_EMAIL_READ_PHONE = { email: "hidden", phone: "read" } as const;

describe("contacts: built-in fields limited per role (PERMISSIONS.md Fields)", () => {
  it("a hidden e-mail is left out of get, list and every write's answer; others still see it", async () => {
    const { company, contact } = await writeContact();
    await withContactRules(HIDE_EMAIL_READ_PHONE, async () => {
      const ivanova = await callerFor(getDb(), "ivanova");
      const card = await ivanova.contacts.get({ id: contact.id });
      expect(card).not.toHaveProperty("email");
      expect(card).toMatchObject({ phone: contact.phone, position: "Buyer" });
      expect(card.company).toEqual({ id: company.id, name: company.name });

      const listed = await ivanova.contacts.list({ companyId: company.id });
      expect(listed.items.map((item) => item.id)).toEqual([contact.id]);
      expect(listed.items[0]).not.toHaveProperty("email");
      expect(listed.items[0]).toMatchObject({ phone: contact.phone });

      const saved = await ivanova.contacts.update({
        id: contact.id,
        version: contact.version,
        fields: { position: "Head buyer" },
      });
      expect(saved).not.toHaveProperty("email");
      const created = await ivanova.contacts.create({ firstName: "Nova", lastName: "Kontakt" });
      expect(created).not.toHaveProperty("email");
      expect(created).toHaveProperty("phone", null);

      // Petrov holds no such rule: the same contact answers its e-mail to him.
      const petrov = await callerFor(getDb(), "petrov");
      await expect(petrov.contacts.get({ id: contact.id })).resolves.toMatchObject({
        email: contact.email,
        phone: contact.phone,
      });
      const his = await petrov.contacts.list({ companyId: company.id });
      expect(his.items).toMatchObject([{ id: contact.id, email: contact.email }]);
    });
  });

  it("contacts.list, count and the global search neither match nor answer a hidden e-mail", async () => {
    const { contact } = await writeContact();
    await withContactRules(HIDE_EMAIL_READ_PHONE, async () => {
      const ivanova = await callerFor(getDb(), "ivanova");
      await expect(ivanova.contacts.list({ search: contact.email })).resolves.toMatchObject({
        items: [],
      });
      await expect(ivanova.contacts.count({ search: contact.email })).resolves.toEqual({
        count: 0,
      });
      const byEmail = await ivanova.search.global({ query: contact.email });
      expect(byEmail.contacts).toEqual({ items: [], hasMore: false });
      // A read-only phone is still hers to read, so to search.
      const byPhone = await ivanova.contacts.list({ search: contact.phone });
      expect(byPhone.items.map((item) => item.id)).toEqual([contact.id]);
      const byName = await ivanova.search.global({ query: contact.firstName });
      expect(byName.contacts.items).toEqual([
        expect.objectContaining({ id: contact.id, email: null, phone: contact.phone }),
      ]);

      const petrov = await callerFor(getDb(), "petrov");
      const his = await petrov.contacts.list({ search: contact.email });
      expect(his.items.map((item) => item.id)).toEqual([contact.id]);
      await expect(petrov.contacts.count({ search: contact.email })).resolves.toEqual({
        count: 1,
      });
      const found = await petrov.search.global({ query: contact.email });
      expect(found.contacts.items).toEqual([
        expect.objectContaining({ id: contact.id, email: contact.email }),
      ]);
    });
  });

  it("the contacts export leaves out the hidden column and does not search it", async () => {
    const { token, contact } = await writeContact();
    // A Sales representative may not export: the rule sits on Petrov's role (Sales manager).
    await withContactRules(
      HIDE_EMAIL_READ_PHONE,
      async () => {
        const petrov = await callerFor(getDb(), "petrov");
        const his = await petrov.exports.contacts({ search: token });
        expect(his.columns).not.toContain("email");
        expect(his.columns).toContain("phone");
        expect(csvRecords(his.csv)).toEqual([
          expect.objectContaining({ id: contact.id, phone: contact.phone }),
        ]);
        expect(his.csv).not.toContain(contact.email);
        expect((await petrov.exports.contacts({ search: contact.email })).rowCount).toBe(0);

        const director = await callerFor(getDb(), "director");
        const theirs = await director.exports.contacts({ search: contact.email });
        expect(csvRecords(theirs.csv)).toEqual([
          expect.objectContaining({ id: contact.id, email: contact.email }),
        ]);
      },
      "crm_manager",
    );
  });

  it("a read-only or hidden field is refused on create and update; names and open fields save", async () => {
    const db = getDb();
    const { contact } = await writeContact();
    await withContactRules(HIDE_EMAIL_READ_PHONE, async () => {
      const ivanova = await callerFor(db, "ivanova");
      const refusal = { code: "FORBIDDEN", details: { rule: "field-access" } };
      await expect(
        ivanova.contacts.update({
          id: contact.id,
          version: contact.version,
          fields: { phone: "+420 000 000 000" },
        }),
      ).rejects.toMatchObject({
        ...refusal,
        message: "You may not change phone on a contact; leave it out or ask your administrator.",
      });
      await expect(
        ivanova.contacts.update({
          id: contact.id,
          version: contact.version,
          fields: { email: "other@mail.example", firstName: "Renamed" },
        }),
      ).rejects.toMatchObject(refusal);
      await expect(
        ivanova.contacts.create({ firstName: "With", lastName: "Phone", phone: "+420 1" }),
      ).rejects.toMatchObject(refusal);
      await expect(
        ivanova.contacts.create({ firstName: "With", lastName: "Mail", email: "x@mail.example" }),
      ).rejects.toMatchObject(refusal);
      // Nothing changed, nothing was created.
      await expect(db.contact.findUniqueOrThrow({ where: { id: contact.id } })).resolves.toEqual(
        contact,
      );
      await expect(
        db.contact.count({ where: { firstName: "With", lastName: { in: ["Phone", "Mail"] } } }),
      ).resolves.toBe(0);

      const saved = await ivanova.contacts.update({
        id: contact.id,
        version: contact.version,
        fields: { firstName: "Renamed", lastName: "Contact", position: "Owner" },
      });
      expect(saved).toMatchObject({
        firstName: "Renamed",
        position: "Owner",
        phone: contact.phone,
      });
      await expect(
        db.contact.findUniqueOrThrow({ where: { id: contact.id } }),
      ).resolves.toMatchObject({ email: contact.email, phone: contact.phone });

      // Without the rule, Petrov writes the phone Ivanova may only read.
      const petrov = await callerFor(db, "petrov");
      await expect(
        petrov.contacts.update({
          id: contact.id,
          version: saved.version,
          fields: { phone: "+420 222 333 444" },
        }),
      ).resolves.toMatchObject({ phone: "+420 222 333 444" });
    });
  });

  it("a hidden company link is not answered, not filtered by, and not written", async () => {
    const { company, contact } = await writeContact();
    await withContactRules({ companyId: "hidden" }, async () => {
      const ivanova = await callerFor(getDb(), "ivanova");
      const card = await ivanova.contacts.get({ id: contact.id });
      expect(card).not.toHaveProperty("company");
      expect(card).toHaveProperty("email", contact.email);
      const listed = await ivanova.contacts.list({ search: contact.email });
      expect(listed.items).toHaveLength(1);
      expect(listed.items[0]).not.toHaveProperty("company");
      const found = await ivanova.search.global({ query: contact.email });
      expect(found.contacts.items).toEqual([
        expect.objectContaining({ id: contact.id, company: null }),
      ]);
      // Which contacts a company has would reveal the link: the company card's list is refused.
      await expect(ivanova.contacts.list({ companyId: company.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
        details: { rule: "field-access", field: "companyId" },
      });
      await expect(ivanova.contacts.count({ companyId: company.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        ivanova.contacts.update({
          id: contact.id,
          version: contact.version,
          fields: { companyId: null },
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN", details: { rule: "field-access" } });

      const petrov = await callerFor(getDb(), "petrov");
      await expect(petrov.contacts.get({ id: contact.id })).resolves.toMatchObject({
        company: { id: company.id, name: company.name },
      });
    });
  });

  it("session.me names the contact fields hidden from the reader and those they may only read", async () => {
    await withContactRules(HIDE_EMAIL_READ_PHONE, async () => {
      const me = await (await callerFor(getDb(), "ivanova")).session.me();
      expect(me.hiddenFields.contact).toEqual(["email"]);
      expect(me.readOnlyFields.contact).toEqual(["phone"]);
      const his = await (await callerFor(getDb(), "petrov")).session.me();
      expect(his.hiddenFields.contact).toEqual([]);
      expect(his.readOnlyFields.contact).toEqual([]);
    });
  });

  it("a field rule names a contact field that may be limited, never a name", async () => {
    const admin = await callerFor(getDb(), "admin");
    const role = await admin.roles.create({ name: `Contact rules ${crypto.randomUUID()}` });
    await expect(
      admin.roles.setFieldRule({
        roleId: role.id,
        resource: "contact",
        field: "lastName",
        access: "hidden",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining('Unknown field "lastName" on contact') as unknown,
    });
    await expect(
      admin.roles.setFieldRule({
        roleId: role.id,
        resource: "contact",
        field: "email",
        access: "hidden",
      }),
    ).resolves.toMatchObject({ resource: "contact", field: "email", access: "hidden" });
  });
});

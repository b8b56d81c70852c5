import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { findEmployee, findUniquelyNamedCompany, PEOPLE, signInAs } from "./clients-fixtures";

test.afterAll(disconnectE2eDb);

test("[CLIENTS]: a rep whose role hides contacts' e-mail sees none on the card, and their phone read-only", async ({
  page,
}) => {
  const db = getE2eDb();
  const ivanova = await findEmployee(PEOPLE.ivanova, "charter-b2b");
  const company = await findUniquelyNamedCompany(PEOPLE.ivanova);
  const contact = await db.contact.create({
    data: {
      projectId: ivanova.projectId,
      responsibleId: ivanova.id,
      directionId: ivanova.directionId,
      firstName: "Vera",
      lastName: `Hidden${Date.now()}`,
      email: "vera.hidden@mail.example",
      phone: "777 123 456",
      companyId: company.id,
    },
  });
  // Sales representative is Ivanova's only role: the rules are hers while the test runs.
  const rep = await db.role.findFirstOrThrow({
    where: { projectId: ivanova.projectId, templateKey: "sales_representative" },
  });
  const rules = await Promise.all([
    db.fieldRule.create({
      data: { roleId: rep.id, resource: "contact", field: "email", access: "hidden" },
    }),
    db.fieldRule.create({
      data: { roleId: rep.id, resource: "contact", field: "phone", access: "read" },
    }),
  ]);
  try {
    // Olga Ivanova reads Russian.
    await signInAs(page, PEOPLE.ivanova);
    await page.goto(`/clients/contacts/${contact.id}`);
    await expect(
      page.getByRole("heading", { level: 1, name: `Vera ${contact.lastName}` }),
    ).toBeVisible();
    const details = page.getByRole("region", { name: "Сведения" });
    await expect(details.getByText("777 123 456")).toBeVisible();
    await expect(details.getByText("E-mail", { exact: true })).toHaveCount(0);
    await expect(page.getByText("vera.hidden@mail.example")).toHaveCount(0);

    await page.getByRole("button", { name: "Изменить" }).click();
    await expect(page.getByLabel("Должность")).toBeEditable();
    await expect(page.getByLabel("E-mail", { exact: true })).toHaveCount(0);
    const phone = page.getByLabel("Телефон");
    await expect(phone).toHaveValue("777 123 456");
    await expect(phone).not.toBeEditable();
    await expect(page.getByText("Это поле можно читать, но не менять.")).toBeVisible();
    await page.getByLabel("Должность").fill("Buyer");
    await page.getByRole("button", { name: "Сохранить изменения" }).click();
    await expect(page.getByText("Изменения сохранены.")).toBeVisible();
    await expect(
      db.contact.findUniqueOrThrow({ where: { id: contact.id } }),
    ).resolves.toMatchObject({
      position: "Buyer",
      email: "vera.hidden@mail.example",
      phone: "777 123 456",
    });

    // The company card's contacts and the contacts list leave the column out as well.
    await page.goto(`/clients/companies/${company.id}`);
    const contacts = page.getByRole("region", { name: "Контакты" });
    await expect(contacts.getByRole("link", { name: `Vera ${contact.lastName}` })).toBeVisible();
    await expect(contacts.getByRole("columnheader", { name: "Телефон" })).toBeVisible();
    await expect(contacts.getByRole("columnheader", { name: "E-mail" })).toHaveCount(0);
  } finally {
    await db.fieldRule.deleteMany({ where: { id: { in: rules.map((rule) => rule.id) } } });
  }
});

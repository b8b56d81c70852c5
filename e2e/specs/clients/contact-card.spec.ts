import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { findUniquelyNamedCompany, PEOPLE, signInAs } from "./clients-fixtures";

test.afterAll(disconnectE2eDb);

test("[CLIENTS]: rep opens a contact from the company card, edits it, then deletes it with their notes", async ({
  page,
}) => {
  // Olga Ivanova reads Russian; her role may edit her own contacts, and an allow override
  // lets her delete contacts (seeded for cleaning up duplicates, SPEC F4).
  await signInAs(page, PEOPLE.ivanova);
  const company = await findUniquelyNamedCompany(PEOPLE.ivanova);
  const contact = await getE2eDb().contact.findFirstOrThrow({
    where: { companyId: company.id },
    orderBy: { id: "asc" },
  });
  const name = `${contact.firstName} ${contact.lastName}`;

  await page.goto(`/clients/companies/${company.id}`);
  const contacts = page.getByRole("region", { name: "Контакты" });
  await contacts.locator(`a[href="/clients/contacts/${contact.id}"]`).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("link", { name: company.name })).toBeVisible();
  await page.getByRole("button", { name: "Изменить" }).click();
  await page.getByLabel("Preferred channel").selectOption("Phone");
  await page.getByLabel("Должность").fill("Commercial director");
  await page.getByRole("button", { name: "Сохранить изменения" }).click();

  await expect(page.getByText("Изменения сохранены.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Preferences" }).getByText("Phone")).toBeVisible();
  await expect(page.getByText("Commercial director").first()).toBeVisible();

  await page.getByRole("button", { name: "Удалить контакт" }).click();
  const dialog = page.getByRole("dialog", { name: `Удалить контакт «${name}»?` });
  await expect(dialog.getByRole("button", { name: "Отмена" })).toBeFocused();
  await expect(dialog).toContainText("вместе со всеми его заметками и напоминаниями");
  await dialog.getByRole("button", { name: "Удалить" }).click();

  await expect(page.getByText(new RegExp(`Контакт «${name}» удалён`))).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: company.name })).toBeVisible();
  await expect(page.locator(`a[href="/clients/contacts/${contact.id}"]`)).toHaveCount(0);
  expect(await getE2eDb().contact.count({ where: { id: contact.id } })).toBe(0);
});

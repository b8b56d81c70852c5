import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { createDealFor, PEOPLE, seededUser, signInAs, uniqueTitle } from "./deals-fixtures";

test.afterAll(disconnectE2eDb);

test("[DEALS]: an edit at a stale version shows the conflict and reloads the deal", async ({
  page,
}) => {
  const title = uniqueTitle("Склад");
  const { deal } = await createDealFor(PEOPLE.ivanova, { title, stageKey: "proposal" });
  await signInAs(page, seededUser(PEOPLE.ivanova));
  await page.goto(`/deals/${deal.id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.getByRole("button", { name: "Изменить", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Изменить сделку" });
  await expect(dialog.getByLabel("Название")).toHaveValue(title);

  // Meanwhile a colleague renames the deal: the version the dialog read is now stale.
  await getE2eDb().deal.update({
    where: { id: deal.id },
    data: { title: `${title} (склад Б)`, version: { increment: 1 } },
  });
  await dialog.getByLabel("Название").fill(`${title} — срочно`);
  await dialog.getByRole("button", { name: "Сохранить" }).click();

  const conflict = dialog.getByRole("status").filter({ hasText: "Изменено другим пользователем" });
  await expect(conflict).toBeVisible();
  // Nothing was overwritten.
  await expect
    .poll(async () => (await getE2eDb().deal.findUniqueOrThrow({ where: { id: deal.id } })).title)
    .toBe(`${title} (склад Б)`);

  // Reload shows their change; saving again now works.
  await conflict.getByRole("button", { name: "Обновить" }).click();
  await expect(dialog.getByLabel("Название")).toHaveValue(`${title} (склад Б)`);
  await dialog.getByLabel("Название").fill(`${title} (склад Б) — срочно`);
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole("heading", { level: 1, name: `${title} (склад Б) — срочно` }),
  ).toBeVisible();
});

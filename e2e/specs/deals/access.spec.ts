import { disconnectE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { createDealFor, PEOPLE, seededUser, signInAs, uniqueTitle } from "./deals-fixtures";

test.afterAll(disconnectE2eDb);

test("[DEALS]: a deal outside the rep's reach is a 404 through a direct URL", async ({ page }) => {
  // Eva Horáková sells in Brno; Olga Ivanova (Prague) reaches her own team's deals only.
  const { deal } = await createDealFor(PEOPLE.horakova, {
    title: uniqueTitle("Brněnská zakázka"),
    stageKey: "proposal",
  });
  await signInAs(page, seededUser(PEOPLE.ivanova));

  // Neither the board nor the list finds it.
  await page.goto(`/deals?view=list&q=${encodeURIComponent(deal.title)}`);
  await expect(page.getByText("Ни одна сделка не подходит под эти фильтры.")).toBeVisible();
  await expect(page.locator(`a[href="/deals/${deal.id}"]`)).toHaveCount(0);

  // An id that never existed is a 404…
  const missing = await page.goto("/deals/00000000-0000-4000-8000-000000000000");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();

  // …and so, exactly alike, is her direct link to a deal she may not see.
  const response = await page.goto(`/deals/${deal.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
  await expect(page.getByText("Такой страницы нет, или у вас нет к ней доступа.")).toBeVisible();
  expect(await page.content()).not.toContain(deal.title);
  // The shell stays, so she can go on from the navigation.
  await expect(page.getByRole("navigation", { name: "Разделы" })).toBeVisible();
});

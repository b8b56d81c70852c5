import { disconnectE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { createDealFor, PEOPLE, seededUser, signInAs, uniqueTitle } from "./deals-fixtures";

test.afterAll(disconnectE2eDb);

test("[DEALS]: list filters survive reload and back/forward", async ({ page, browser }) => {
  const token = uniqueTitle("Filtr").replace(" ", "-");
  const won = await createDealFor(PEOPLE.horakova, {
    title: `${token} dodávka čerpadel`,
    stageKey: "closed_won",
    amount: "90000.00",
  });
  const open = await createDealFor(PEOPLE.horakova, {
    title: `${token} servisní smlouva`,
    stageKey: "proposal",
    amount: "410000.00",
  });
  await signInAs(page, seededUser(PEOPLE.horakova));
  await page.goto("/deals?view=list");
  await expect(page.getByRole("heading", { level: 1, name: "Obchody" })).toBeVisible();
  const table = page.getByRole("table");
  const rows = table.locator("tbody tr");
  const search = page.getByRole("searchbox", { name: "Hledat obchody" });
  const status = page.getByLabel("Stav", { exact: true });

  // Search: both deals of the token, the URL says so.
  await search.fill(token);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(token)}`));
  await expect(rows).toHaveCount(2);

  // A status on top of it: a step of its own in the history.
  await status.selectOption({ label: "Vyhraný" });
  await expect(page).toHaveURL(/status=won/);
  await expect(rows).toHaveCount(1);
  await expect(table.getByRole("link", { name: won.deal.title })).toBeVisible();

  // A reload keeps both.
  await page.reload();
  await expect(search).toHaveValue(token);
  await expect(status).toHaveValue("won");
  await expect(rows).toHaveCount(1);

  // Back: the status goes, the search stays; forward brings the status again.
  await page.goBack();
  await expect(status).toHaveValue("");
  await expect(search).toHaveValue(token);
  await expect(rows).toHaveCount(2);
  await page.goForward();
  await expect(status).toHaveValue("won");
  await expect(rows).toHaveCount(1);

  // Sorted by amount, largest first: the order is in the URL too.
  await status.selectOption({ label: "Jakýkoli stav" });
  await expect(rows).toHaveCount(2);
  await page.getByRole("button", { name: "Částka" }).click();
  await expect(page).toHaveURL(/sort=amount\.asc/);
  await expect(rows.first()).toContainText(won.deal.title);
  await page.getByRole("button", { name: "Částka" }).click();
  await expect(page).toHaveURL(/sort=amount\.desc/);
  await expect(rows.first()).toContainText(open.deal.title);
  await page.reload();
  await expect(rows.first()).toContainText(open.deal.title);
  await expect(page.getByRole("columnheader", { name: "Částka" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );

  // Saved under a name, for this person, kept after a reload and in another browser.
  await page.getByRole("button", { name: "Uložit filtry" }).click();
  const dialog = page.getByRole("dialog", { name: "Uložit tyto filtry" });
  await dialog.getByLabel("Název").fill("Moje čerpadla");
  await dialog.getByRole("button", { name: "Uložit" }).click();
  await page.goto("/deals?view=list");
  await expect(search).toHaveValue("");
  await expect(page.getByRole("button", { name: "Moje čerpadla", exact: true })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await page.getByRole("button", { name: "Moje čerpadla", exact: true }).click();
  await expect(page).toHaveURL(/sort=amount\.desc/);
  await expect(search).toHaveValue(token);
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Moje čerpadla", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await signInAs(otherPage, seededUser(PEOPLE.horakova));
  await otherPage.goto("/deals?view=list");
  await expect(otherPage.getByRole("button", { name: "Moje čerpadla", exact: true })).toBeVisible();
  await elsewhere.close();
});

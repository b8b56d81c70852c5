import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import {
  createDealFor,
  opportunityStages,
  PEOPLE,
  seededUser,
  signInAs,
  uniqueTitle,
} from "./deals-fixtures";

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

test("[DEALS]: the list sorts by amount on the server, the order holding across pages", async ({
  page,
}) => {
  const token = uniqueTitle("Řazení").replace(" ", "-");
  const db = getE2eDb();
  const { project, pipeline, byKey } = await opportunityStages();
  const horakova = await db.employee.findFirstOrThrow({
    where: { user: { email: PEOPLE.horakova }, projectId: project.id },
  });
  // More deals than one page (50), the amounts repeating so that ties cross the page boundary.
  await db.deal.createMany({
    data: Array.from({ length: 56 }, (_, index) => ({
      projectId: project.id,
      pipelineId: pipeline.id,
      stageId: byKey("proposal").id,
      title: `${token} ${String(index).padStart(2, "0")}`,
      amount: `${(index % 14) * 1000 + 500}.00`,
      currency: "CZK",
      responsibleId: horakova.id,
      departmentId: horakova.departmentId,
      directionId: horakova.directionId,
    })),
  });
  // The order the database gives, read apart from the app: largest first, the id breaking ties.
  const expected = (
    await db.deal.findMany({
      where: { title: { startsWith: token } },
      orderBy: [{ amount: "desc" }, { id: "desc" }],
      select: { title: true },
    })
  ).map((deal) => deal.title);

  await signInAs(page, seededUser(PEOPLE.horakova));
  await page.goto(`/deals?view=list&q=${encodeURIComponent(token)}`);
  const titles = page.getByRole("table").locator("tbody th");
  await expect(titles).toHaveCount(50);
  await expect(page.getByText("Zobrazeno 50 z 56")).toBeVisible();

  await page.getByRole("button", { name: "Částka" }).click();
  await expect(page).toHaveURL(/sort=amount\.asc/);
  await expect(titles.first()).toHaveText(expected.at(-1) ?? "");
  await page.getByRole("button", { name: "Částka" }).click();
  await expect(page).toHaveURL(/sort=amount\.desc/);
  await expect(page.getByRole("columnheader", { name: "Částka" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expect(titles.first()).toHaveText(expected[0] ?? "");
  await expect(titles).toHaveCount(50);
  expect(await titles.allInnerTexts()).toEqual(expected.slice(0, 50));

  // The second page continues the same order: nothing repeated, nothing left out.
  await page.getByRole("button", { name: "Načíst další" }).click();
  await expect(titles).toHaveCount(56);
  expect(await titles.allInnerTexts()).toEqual(expected);
  await expect(page.getByText("Zobrazeno všech 56")).toBeVisible();

  // The order is in the address: a reload reads the first page in it again.
  await page.reload();
  await expect(titles).toHaveCount(50);
  expect(await titles.allInnerTexts()).toEqual(expected.slice(0, 50));
});

test("[DEALS]: a reader from whom the amount is hidden is offered no order by it", async ({
  page,
}) => {
  const cerny = "cerny@demo.charter.test";
  const token = uniqueTitle("Skryté").replace(" ", "-");
  await createDealFor(cerny, { title: `${token} a`, stageKey: "proposal", amount: "10.00" });
  await createDealFor(cerny, { title: `${token} b`, stageKey: "proposal", amount: "20.00" });
  await signInAs(page, seededUser(cerny));
  // A shared link sorted by amount opens unsorted for them, rather than failing.
  await page.goto(`/deals?view=list&q=${encodeURIComponent(token)}&sort=amount.desc`);
  const amount = page.getByRole("columnheader", { name: "Částka" });
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(2);
  await expect(amount).not.toHaveAttribute("aria-sort");
  await expect(amount.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("table")).toContainText(`${token} a`);
  // The columns they may read still sort.
  await page.getByRole("button", { name: "Název" }).click();
  await expect(page).toHaveURL(/sort=title\.asc/);
  await expect(page.getByRole("table").locator("tbody th").first()).toHaveText(`${token} a`);
  await expect(page.getByRole("columnheader", { name: "Název" })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
});

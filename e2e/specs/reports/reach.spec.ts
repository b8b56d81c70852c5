import { disconnectE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { createOpenDeal, PEOPLE, queryApi, readBarCounts, signInAs } from "./reports-fixtures";

test.afterAll(disconnectE2eDb);

test("[REPORTS]: a rep's dashboard shows only their own deals' figures", async ({ page }) => {
  // Eva Horáková (Brno) has a deal in euros, a currency nobody else uses: outside Olga
  // Ivanova's reach, it must not show in her figures, not even as a currency.
  await createOpenDeal({
    email: PEOPLE.horakova,
    title: `Brno euro deal ${crypto.randomUUID().slice(0, 8)}`,
    stageKey: "proposal",
    amount: "777777.00",
    currency: "EUR",
  });

  await signInAs(page, PEOPLE.ivanova);
  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Отчёты" })).toBeVisible();

  // Her pipeline counts exactly the open deals the API lists for her.
  const pipeline = page.getByRole("group", { name: "Сумма воронки по этапам" });
  const counts = await readBarCounts(pipeline);
  const onDashboard = counts.reduce((sum, count) => sum + count, 0);
  const { count: hers } = await queryApi<{ count: number }>(page.request, "deals.count", {
    status: "open",
  });
  expect(onDashboard).toBe(hers);
  expect(hers).toBeGreaterThan(0);

  // The director, reaching every deal, counts more; and only he sees the euros.
  const director = await page.context().browser()?.newContext();
  if (!director) throw new Error("No browser to open the director's session in.");
  const directorPage = await director.newPage();
  await signInAs(directorPage, PEOPLE.director);
  const { count: all } = await queryApi<{ count: number }>(directorPage.request, "deals.count", {
    status: "open",
  });
  await director.close();
  expect(all).toBeGreaterThan(hers);

  await expect(page.getByRole("region", { name: "Ключевые показатели" })).not.toContainText("€");
  await expect(page.getByText("В валюте EUR")).toHaveCount(0);

  // A rep may not read the org settings, so the org filters are not offered at all.
  const filters = page.getByRole("region", { name: "Фильтры отчётов" });
  await expect(filters.getByLabel("Период")).toBeVisible();
  await expect(filters.getByLabel("Отдел")).toHaveCount(0);
  await expect(filters.getByLabel("Воронка")).toHaveCount(0);
});

test("[REPORTS]: a telephonist, whose amounts are hidden, gets counts and is told why", async ({
  page,
}) => {
  // Tomáš Černý logs calls; a field rule hides deal amounts from his role.
  await createOpenDeal({
    email: PEOPLE.cerny,
    title: `Callback deal ${crypto.randomUUID().slice(0, 8)}`,
    stageKey: "qualification",
    amount: "123456.00",
    currency: "CZK",
  });
  await signInAs(page, PEOPLE.cerny);
  await page.goto("/reports");

  const region = page.getByRole("region", { name: "Hodnota trychtýře podle fází" });
  await expect(region.getByRole("note")).toContainText(
    "Částky obchodů pro vás nejsou dostupné, proto tato čísla počítají obchody, ne peníze.",
  );
  const counts = await readBarCounts(region.getByRole("group"));
  const { count } = await queryApi<{ count: number }>(page.request, "deals.count", {
    status: "open",
  });
  expect(counts.reduce((sum, each) => sum + each, 0)).toBe(count);
  // Counts, never money, and never a zero standing in for a hidden sum.
  await expect(region).not.toContainText("Kč");
  await expect(page.getByRole("region", { name: "Klíčová čísla" })).not.toContainText("Kč");
  await expect(page.getByRole("region", { name: "Klíčová čísla" })).not.toContainText(
    "Vážený trychtýř",
  );
});

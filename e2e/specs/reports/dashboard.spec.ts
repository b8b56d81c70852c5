import { disconnectE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { loadWholeList, PEOPLE, readAttributes, readBarCounts, signInAs } from "./reports-fixtures";

test.afterAll(disconnectE2eDb);

test("[REPORTS]: director opens the dashboard and drills into a pipeline figure", async ({
  page,
}) => {
  // Pavel Král reads Czech and sees every deal of the B2B project.
  await signInAs(page, PEOPLE.director);
  await page.getByRole("link", { name: "Přehledy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Přehledy" })).toBeVisible();

  // The four reports arrive, each with its chart.
  for (const title of [
    "Hodnota trychtýře podle fází",
    "Vyhrané a prohrané podle měsíců",
    "Aktivity podle zaměstnanců",
    "Konverze podle fází",
  ]) {
    await expect(page.getByRole("group", { name: title })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Klíčová čísla" })).toContainText("Kč");

  // The first stage's bar: its figure is the number of deals behind it.
  const pipeline = page.getByRole("group", { name: "Hodnota trychtýře podle fází" });
  const [figure] = await readBarCounts(pipeline);
  expect(figure).toBeGreaterThan(0);
  const bar = pipeline.getByRole("button").first();
  const barName = (await bar.getAttribute("aria-label")) ?? "";
  const stage = barName.split(",")[0] ?? "";
  await bar.click();

  // The list opens with its own URL and counts exactly the bar's figure, a page at a time.
  const dialog = page.getByRole("dialog", { name: `Otevřené obchody · ${stage}` });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/figure=pipelineValue\./);
  await expect(dialog.getByTestId("drill-total")).toHaveAttribute("data-total", String(figure));
  const deals = dialog.getByTestId("drill-deal");
  await loadWholeList(dialog, deals, "Načíst další");
  await expect(deals).toHaveCount(figure ?? -1);
  await expect(dialog.getByText(`Zobrazeno všech ${figure}`)).toBeVisible();
  // Each deal leads to its own page.
  const hrefs = await readAttributes(deals.getByRole("link"), "href");
  expect(hrefs.every((href) => /^\/deals\/[0-9a-f-]{36}$/.test(href))).toBe(true);

  // Back closes it, Forward brings it back: the figure is part of the page's history.
  await page.goBack();
  await expect(dialog).toBeHidden();
  await page.goForward();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Zavřít" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/figure=/);

  // The keyboard reaches the same figure: Enter on the focused bar opens it.
  await bar.focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("drill-total")).toHaveAttribute("data-total", String(figure));
});

test("[REPORTS]: director lists the activities behind an employee's bar, each leading to its client", async ({
  page,
}) => {
  await signInAs(page, PEOPLE.director);
  await page.goto("/reports");
  const activities = page.getByRole("group", { name: "Aktivity podle zaměstnanců" });
  const [figure] = await readBarCounts(activities);
  expect(figure).toBeGreaterThan(0);
  const segment = activities.getByRole("button").first();
  const [employee, kind] = ((await segment.getAttribute("aria-label")) ?? "").split(/[,:]\s*/);
  await segment.click();

  const dialog = page.getByRole("dialog", { name: `${kind} · ${employee}` });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/figure=activities\./);
  await expect(dialog.getByTestId("drill-total")).toHaveAttribute("data-total", String(figure));
  const rows = dialog.getByTestId("drill-activity");
  await loadWholeList(dialog, rows, "Načíst další");
  await expect(rows).toHaveCount(figure ?? -1);
  // Every activity of the seed was with a client company: each row opens its card.
  await expect(rows.getByRole("link")).toHaveCount(figure ?? -1);
  const hrefs = await readAttributes(rows.getByRole("link"), "href");
  expect(hrefs.every((href) => /^\/clients\/companies\/[0-9a-f-]{36}$/.test(href))).toBe(true);
});

import { disconnectE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { PEOPLE, signInAs } from "./reports-fixtures";

test.afterAll(disconnectE2eDb);

test("[REPORTS]: filters survive reload", async ({ page }) => {
  // Zuzana Malá, the read-only admin, reads English and every settings list.
  await signInAs(page, PEOPLE.auditor);
  await page.goto("/reports");
  const filters = page.getByRole("region", { name: "Report filters" });
  const kpis = page.getByRole("region", { name: "Key figures" });
  await expect(kpis.getByText("Open pipeline")).toBeVisible();

  await filters.getByLabel("Period").selectOption({ label: "Last 12 months" });
  await expect(page).toHaveURL(/period=last12Months/);

  const pipeline = filters.getByLabel("Pipeline");
  await expect(pipeline).toBeEnabled();
  const firstPipeline = (await pipeline.locator("option").nth(1).textContent()) ?? "";
  await pipeline.selectOption({ label: firstPipeline });
  await expect(page).toHaveURL(/pipeline=[0-9a-f-]{36}/);

  const direction = filters.getByLabel("Sales direction");
  await expect(direction).toBeEnabled();
  const firstDirection = (await direction.locator("option").nth(1).textContent()) ?? "";
  await direction.selectOption({ label: firstDirection });
  await expect(page).toHaveURL(/direction=[0-9a-f-]{36}/);

  // The figures settle for these filters; reloading the page brings back the same view.
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  const before = await kpis.innerText();
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(filters.getByLabel("Period")).toHaveValue("last12Months");
  await expect(filters.getByLabel("Pipeline").locator("option:checked")).toHaveText(firstPipeline);
  await expect(filters.getByLabel("Sales direction").locator("option:checked")).toHaveText(
    firstDirection,
  );
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await expect.poll(() => kpis.innerText()).toBe(before);

  // Back walks the filters back one step at a time.
  await page.goBack();
  await expect(page).not.toHaveURL(/direction=/);
  await expect(filters.getByLabel("Sales direction")).toHaveValue("");
  await expect(page).toHaveURL(/pipeline=/);

  // A custom period is checked before it is asked for, and kept in the URL once applied.
  await filters.getByLabel("Period").selectOption({ label: "Custom…" });
  await filters.getByLabel("From").fill("2026-03-10");
  await filters.getByLabel("To").fill("2026-03-01");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(filters.getByText("The period must end on or after its first day.")).toBeVisible();
  await filters.getByLabel("To").fill("2026-03-31");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/from=2026-03-10/);
  await expect(page).toHaveURL(/to=2026-03-31/);
  await page.reload();
  await expect(filters.getByLabel("From")).toHaveValue("2026-03-10");
  await expect(filters.getByLabel("To")).toHaveValue("2026-03-31");
});

import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import {
  ENGLISH_AUDITOR,
  openSettings,
  RUSSIAN_SALES_REP,
  seededUser,
  signInAs,
} from "./settings-kit";

test.afterAll(disconnectE2eDb);

test.describe("explain", () => {
  test("[SETTINGS]: explain tells why Ivanova may edit her own company (D10)", async ({ page }) => {
    const ivanova = seededUser(RUSSIAN_SALES_REP);
    const db = getE2eDb();
    const employee = await db.employee.findFirstOrThrow({
      where: { user: { email: ivanova.email } },
      orderBy: { createdAt: "asc" },
    });
    const company = await db.company.findFirstOrThrow({
      where: { responsibleId: employee.id },
      orderBy: { name: "asc" },
    });

    await signInAs(page, ENGLISH_AUDITOR);
    await openSettings(page, "/settings/explain", "Settings areas");

    await page.getByRole("combobox", { name: "Employee", exact: true }).fill("Ivanova");
    await page.getByRole("option", { name: /Olga Ivanova/ }).click();
    await page.getByLabel("What", { exact: true }).selectOption({ label: "Companies" });
    await page.getByLabel("Action", { exact: true }).selectOption({ label: "Edit" });
    await page.getByRole("combobox", { name: "Find the record" }).fill(company.name);
    await page
      .getByRole("option", { name: new RegExp(company.name) })
      .first()
      .click();
    await expect(page.getByLabel("Record id")).toHaveValue(company.id);
    await page.getByRole("button", { name: "Explain" }).click();

    const result = page.getByTestId("explain-result");
    await expect(result.getByRole("heading", { name: "Allowed" })).toBeVisible();
    await expect(result).toContainText("Olga Ivanova · Edit · Companies");
    await expect(result).toContainText("Decided at step 6");
    await expect(result).toContainText("You are the responsible");
    // The question is in the URL: the answer can be shared.
    await expect(page).toHaveURL(new RegExp(`record=${company.id}`));
  });

  test("[SETTINGS]: view as shows the deals list as Ivanova sees it: hers, not a colleague's (D10)", async ({
    page,
  }) => {
    const db = getE2eDb();
    const employeeOf = (email: string) =>
      db.employee.findFirstOrThrow({ where: { user: { email } }, orderBy: { createdAt: "asc" } });
    const ivanova = await employeeOf(RUSSIAN_SALES_REP);
    const dvorakova = await employeeOf("dvorakova@demo.charter.test");
    const own = await db.deal.findFirstOrThrow({
      where: { responsibleId: ivanova.id },
      orderBy: { title: "asc" },
    });
    const hers = await db.deal.findMany({
      where: { responsibleId: ivanova.id },
      select: { title: true },
    });
    // A colleague's deal whose title none of hers shares, so a match could only be a leak.
    const colleagues = await db.deal.findFirstOrThrow({
      where: { responsibleId: dvorakova.id, title: { notIn: hers.map((deal) => deal.title) } },
      orderBy: { title: "asc" },
    });

    await signInAs(page, ENGLISH_AUDITOR);
    // A shared link opens the view directly.
    await page.goto(`/settings/explain?employee=${ivanova.id}&list=deals`);
    const table = page.getByRole("table", { name: "Deals as Olga Ivanova sees them" });
    await expect(table).toBeVisible();
    await expect(page.getByTestId("view-as-total")).toContainText("Olga Ivanova sees");

    const search = page.getByRole("searchbox", { name: "Search this list" });
    await search.fill(own.title);
    await expect(table.getByRole("link", { name: own.title })).toBeVisible();
    await search.fill(colleagues.title);
    await expect(page.getByText("Olga Ivanova sees nothing in this list.")).toBeVisible();
    await expect(page).toHaveURL(/list=deals/);

    await page.getByLabel("List", { exact: true }).selectOption({ label: "Tasks" });
    await expect(
      page.getByRole("table", { name: "Tasks as Olga Ivanova sees them" }),
    ).toBeVisible();
  });
});

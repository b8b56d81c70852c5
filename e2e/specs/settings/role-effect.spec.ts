import type { Page } from "@playwright/test";

import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { findUniquelyNamedCompany } from "../clients/clients-fixtures";
import { CZECH_ADMIN, openSettings, RUSSIAN_SALES_REP, signInAs, uniqueName } from "./settings-kit";

test.afterAll(disconnectE2eDb);

/** Partner account manager (crm_pam), Czech: sees the companies of his own direction only. */
const PARTNER_MANAGER = "prochazka@demo.charter.test";

type TCompany = { id: string; name: string };

/** The companies list, searched for the company by name: does it link to the company? */
async function expectListed(page: Page, company: TCompany, listed: boolean) {
  await page.goto(`/clients?q=${encodeURIComponent(company.name)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Klienti" })).toBeVisible();
  await expect(page.getByRole("table")).not.toHaveAttribute("aria-busy", "true");
  await expect(page.locator(`a[href="/clients/companies/${company.id}"]`)).toHaveCount(
    listed ? 1 : 0,
  );
}

/** The company's card through its direct URL: the card, or the same 404 as a wrong id (D7). */
async function expectCard(page: Page, company: TCompany, shown: boolean) {
  const response = await page.goto(`/clients/companies/${company.id}`);
  expect(response?.status()).toBe(shown ? 200 : 404);
  if (shown) {
    await expect(page.getByRole("heading", { level: 1, name: company.name })).toBeVisible();
  } else {
    await expect(page.getByRole("heading", { name: "Stránka nenalezena" })).toBeVisible();
    expect(await page.content()).not.toContain(company.name);
  }
}

test.describe("a role's effect", () => {
  test("[SETTINGS]: an admin creates a role in the matrix, assigns it, and the affected employee's view changes at once (D1, D7)", async ({
    page,
    browser,
  }) => {
    // Two people signed in, a role built and given and taken back: many pages on two cores.
    test.setTimeout(180_000);
    // A company of Olga Ivanova's (Enterprise software), outside Procházka's direction (Hardware).
    const company = await findUniquelyNamedCompany(RUSSIAN_SALES_REP);
    const db = getE2eDb();
    const employee = await db.employee.findFirstOrThrow({
      where: { user: { email: PARTNER_MANAGER }, projectId: company.projectId },
    });
    expect(employee.directionId).not.toBe(company.directionId);

    // The employee's own browser, signed in once for the whole test.
    const employeeContext = await browser.newContext();
    const employeePage = await employeeContext.newPage();
    const name = uniqueName("Čtenář firem");
    try {
      await signInAs(employeePage, PARTNER_MANAGER);
      await expectListed(employeePage, company, false);
      await expectCard(employeePage, company, false);

      // The admin creates a new, empty role and lets it view every company.
      await signInAs(page, CZECH_ADMIN);
      await openSettings(page, "/settings/roles", "Oblasti nastavení");
      await page.getByRole("button", { name: "Nová role", exact: true }).click();
      const create = page.getByRole("dialog", { name: "Nová role" });
      await create.getByLabel("Název").fill(name);
      await create.getByRole("button", { name: "Vytvořit" }).click();
      await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

      const cell = page.getByRole("combobox", { name: "Firmy: Zobrazit", exact: true });
      await expect(cell).toHaveValue("none");
      await cell.selectOption({ label: "Vše" });
      await expect(page.getByText("Uloženo: Firmy, Zobrazit: Vše.")).toBeVisible();
      const role = await db.role.findFirstOrThrow({ where: { name }, include: { grants: true } });
      expect(role.templateKey).toBeNull();
      expect(
        role.grants.map(({ resource, action, scope, condition }) => ({
          resource,
          action,
          scope,
          condition,
        })),
      ).toEqual([{ resource: "company", action: "view", scope: "project", condition: null }]);

      await page.getByRole("tab", { name: /Držitelé/ }).click();
      await page.getByRole("combobox", { name: "Přidělit roli" }).fill("Procházka");
      await page.getByRole("option", { name: /Lukáš Procházka/ }).click();
      await page.getByRole("button", { name: "Přidělit roli" }).click();
      const holders = page.getByRole("table", { name: "Držitelé" });
      await expect(holders.getByRole("link", { name: "Lukáš Procházka" })).toBeVisible();

      // The employee's next request, with no new sign-in, sees the company.
      await expectListed(employeePage, company, true);
      await expectCard(employeePage, company, true);

      // Taking the role back takes the company away at the employee's next request.
      await page.getByRole("button", { name: "Odebrat roli zaměstnanci Lukáš Procházka" }).click();
      const confirm = page.getByRole("dialog", {
        name: `Odebrat roli ${name} zaměstnanci Lukáš Procházka?`,
      });
      await confirm.getByRole("button", { name: "Odebrat" }).click();
      await expect(confirm).toBeHidden();
      await expect(holders.getByRole("link", { name: "Lukáš Procházka" })).toHaveCount(0);

      // The card is still open in the employee's browser: reading it again finds nothing.
      const again = await employeePage.reload();
      expect(again?.status()).toBe(404);
      await expect(employeePage.getByRole("heading", { name: "Stránka nenalezena" })).toBeVisible();
      await expectListed(employeePage, company, false);
    } finally {
      await employeeContext.close();
      // A failed run must not leave the employee with the role for the specs after it.
      await db.roleAssignment.deleteMany({ where: { employeeId: employee.id, role: { name } } });
    }
  });
});

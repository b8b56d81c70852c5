import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { findUniquelyNamedCompany, PEOPLE, signInAs } from "./clients-fixtures";

test.afterAll(disconnectE2eDb);

test.describe("clients lists", () => {
  test("[CLIENTS]: contacts filter by company in the URL, and back returns to the companies", async ({
    page,
  }) => {
    // The auditor reads English and may see every client.
    await signInAs(page, PEOPLE.auditor);
    const company = await findUniquelyNamedCompany(PEOPLE.ivanova);
    const contacts = await getE2eDb().contact.count({ where: { companyId: company.id } });

    await page.goto("/clients");
    await expect(page.getByRole("tab", { name: "Companies" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(page.getByRole("status").filter({ hasText: /Showing 50 of \d+/ })).toBeVisible();

    await page.getByRole("tab", { name: "Contacts" }).click();
    await expect(page).toHaveURL(/tab=contacts/);
    const picker = page.getByRole("combobox", { name: "Company" });
    await picker.fill(company.name);
    await page.getByRole("option", { name: company.name }).click();

    await expect(page).toHaveURL(new RegExp(`company=${company.id}`));
    await expect(page.getByText(`Company: ${company.name}`)).toBeVisible();
    await expect(
      page.getByRole("status").filter({ hasText: `All ${contacts} shown` }),
    ).toBeVisible();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(contacts + 1);

    await page.goBack();
    await expect(page).toHaveURL(/tab=contacts$/);
    await expect(page.getByRole("combobox", { name: "Company" })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("tab", { name: "Companies" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
  });

  test("[CLIENTS]: a read-only auditor is told why a new company is refused", async ({ page }) => {
    await signInAs(page, PEOPLE.auditor);
    await page.goto("/clients");
    await page.getByRole("button", { name: "New company" }).click();

    const dialog = page.getByRole("dialog", { name: "New company" });
    await expect(dialog.getByLabel("Name")).toBeFocused();
    await dialog.getByRole("button", { name: "Create company" }).click();
    await expect(dialog.getByText("Fill this in.")).toBeVisible();

    await dialog.getByLabel("Name").fill("Auditor's own company s.r.o.");
    await dialog.getByRole("button", { name: "Create company" }).click();

    await expect(dialog.getByRole("alert")).toHaveText(
      "Your account is read-only: you can look, but not change anything.",
    );
    expect(
      await getE2eDb().company.count({ where: { name: "Auditor's own company s.r.o." } }),
    ).toBe(0);

    // Escape closes the dialog and gives the focus back to the button that opened it.
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("button", { name: "New company" })).toBeFocused();
  });

  test("[CLIENTS]: a rep creates a company and lands on its card", async ({ page }) => {
    await signInAs(page, PEOPLE.horakova);
    await page.goto("/clients");
    await page.getByRole("button", { name: "Nová firma" }).click();

    const dialog = page.getByRole("dialog", { name: "Nová firma" });
    await dialog.getByLabel("Název").fill("Brněnské strojírny a.s.");
    await dialog.getByLabel("E-mail").fill("obchod@strojirny");
    await dialog.getByRole("button", { name: "Vytvořit firmu" }).click();
    await expect(dialog.getByText("Zadejte e-mail, například office@example.com.")).toBeVisible();

    await dialog.getByLabel("E-mail").fill("obchod@strojirny.example");
    await dialog.getByLabel("Město").fill("Brno");
    await dialog.getByRole("button", { name: "Vytvořit firmu" }).click();

    await expect(
      page.getByRole("heading", { level: 1, name: "Brněnské strojírny a.s." }),
    ).toBeVisible();
    await expect(page.getByText("Odpovědná osoba: Eva Horáková")).toBeVisible();
    await expect(page.getByRole("link", { name: "obchod@strojirny.example" })).toBeVisible();
  });
});

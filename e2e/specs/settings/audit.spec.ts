import { disconnectE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { CZECH_ADMIN, openSettings, signInAs, uniqueName } from "./settings-kit";

test.afterAll(disconnectE2eDb);

test.describe("audit log", () => {
  test("[SETTINGS]: a renamed branch shows in the audit log with its before and after, filters in the URL (E3)", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN);
    await openSettings(page, "/settings/organisation?tab=branches", "Oblasti nastavení");
    const renamed = uniqueName("Brno-sever");

    await page.getByRole("button", { name: "Upravit Brno", exact: true }).click();
    const edit = page.getByRole("dialog", { name: "Upravit Brno" });
    await edit.getByLabel("Název").fill(renamed);
    await edit.getByRole("button", { name: "Uložit" }).click();
    await expect(page.getByRole("table").getByText(renamed)).toBeVisible();

    await page.getByRole("link", { name: "Auditní záznam" }).click();
    await page.getByLabel("Zdroj").selectOption({ label: "Nastavení organizace" });
    await page.getByLabel("Akce", { exact: true }).fill("update");
    await page.getByRole("button", { name: "Použít filtry" }).click();
    await expect(page).toHaveURL(/action=update/);
    await expect(page).toHaveURL(/resource=settings.org/);

    // The filtered log survives a reload: it lives in the URL.
    await page.reload();
    await expect(page.getByLabel("Zdroj")).toHaveValue("settings.org");

    await page.getByRole("button", { name: "Zobrazit změny" }).first().click();
    const diff = page.getByRole("table", { name: "Hodnoty před a po" });
    const nameRow = diff.getByRole("row", { name: /^name/ });
    await expect(nameRow.locator("del")).toHaveText("Brno");
    await expect(nameRow.locator("ins")).toHaveText(renamed);
  });

  test("[SETTINGS]: a period that ends before it starts is refused in the reader's language, not the server's English (E3)", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN);
    await openSettings(page, "/settings/audit?from=2026-05-10&to=2026-05-01", "Oblasti nastavení");

    const filters = page.getByRole("search", { name: "Filtrovat auditní záznam" });
    await expect(filters.getByRole("alert")).toHaveText(
      "Začátek období musí předcházet jeho konci.",
    );
  });
});

import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { CZECH_ADMIN, openSettings, signInAs, uniqueName } from "./settings-kit";

test.afterAll(disconnectE2eDb);

test.describe("roles", () => {
  test("[SETTINGS]: admin copies a role template, widens a cell of its matrix and gives it to an employee (D1, D2)", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN);
    await openSettings(page, "/settings/roles", "Oblasti nastavení");
    const name = uniqueName("Telefonista Brno");

    await page.getByRole("button", { name: "Kopírovat roli nebo šablonu" }).click();
    const copy = page.getByRole("dialog", { name: "Kopírovat roli" });
    await copy.getByLabel("Kopírovat z").selectOption({ label: "Šablona: Telephonist" });
    await copy.getByLabel("Název kopie").fill(name);
    await copy.getByRole("button", { name: "Kopírovat" }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const cell = page.getByRole("combobox", { name: "Firmy: Smazat", exact: true });
    await cell.selectOption({ label: "Vše" });
    await expect(page.getByText("Uloženo: Firmy, Smazat: Vše.")).toBeVisible();
    const role = await getE2eDb().role.findFirstOrThrow({
      where: { name },
      include: { grants: true },
    });
    expect(
      role.grants.some(
        (grant) =>
          grant.resource === "company" && grant.action === "delete" && grant.scope === "project",
      ),
    ).toBe(true);

    await page.getByRole("tab", { name: /Držitelé/ }).click();
    await page.getByRole("combobox", { name: "Přidělit roli" }).fill("Horáková");
    await page.getByRole("option", { name: /Eva Horáková/ }).click();
    await page.getByRole("button", { name: "Přidělit roli" }).click();
    await expect(page.getByRole("table").getByRole("link", { name: "Eva Horáková" })).toBeVisible();
    await expect(page).toHaveURL(/tab=holders/);
  });
});

import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { CZECH_ADMIN, openSettings, signInAs, uniqueName } from "./settings-kit";

test.afterAll(disconnectE2eDb);

test.describe("sections and fields", () => {
  test("[SETTINGS]: admin creates a custom field whose type is then fixed (F2)", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN);
    await openSettings(page, "/settings/fields", "Oblasti nastavení");
    await expect(page.getByRole("heading", { level: 1, name: "Sekce a pole" })).toBeVisible();

    const section = page.getByTestId("section-card").first();
    const sectionName = (await section.getByRole("heading", { level: 3 }).textContent()) ?? "";
    // The card's two default sections offer no delete (the server refuses it anyway).
    await expect(section.getByText("Výchozí sekce")).toBeVisible();
    await expect(
      section.getByRole("button", { name: `Smazat ${sectionName}`, exact: true }),
    ).toHaveCount(0);

    const label = uniqueName("Renewal");
    await section.getByRole("button", { name: "Přidat pole" }).click();
    const create = page.getByRole("dialog", { name: `Nové pole v sekci ${sectionName}` });
    await create.getByLabel("Název").fill(label);
    await create.getByLabel("Typ").selectOption({ label: "Datum" });
    await create.getByRole("button", { name: "Vytvořit pole" }).click();
    await expect(create).toBeHidden();

    const row = section.getByTestId("field-row").filter({ hasText: label });
    await expect(row.getByText("Datum", { exact: true })).toBeVisible();

    await row.getByRole("button", { name: `Upravit ${label}` }).click();
    const edit = page.getByRole("dialog", { name: `Upravit ${label}` });
    await expect(edit.getByTestId("field-type-fixed")).toHaveText(
      "Určen při vytvoření pole; nelze ho změnit.",
    );
    await expect(edit.getByRole("combobox", { name: "Typ" })).toHaveCount(0);
    await edit.getByRole("button", { name: "Zrušit" }).click();

    // Asking the API to change it anyway is refused, and the type stays a date.
    const field = await getE2eDb().customField.findFirstOrThrow({ where: { label } });
    const refused = await page.request.post("/api/trpc/fields.updateField", {
      data: { json: { id: field.id, version: field.version, type: "text" } },
    });
    expect(refused.status()).toBe(400);
    const after = await getE2eDb().customField.findUniqueOrThrow({ where: { id: field.id } });
    expect(after.type).toBe("date");
  });
});

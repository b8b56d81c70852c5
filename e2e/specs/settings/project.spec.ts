import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { CZECH_ADMIN, openSettings, signInAs } from "./settings-kit";

test.afterAll(disconnectE2eDb);

test.describe("company profile", () => {
  test("[SETTINGS]: admin fills the company profile from the register, and nothing is saved until she saves (A2)", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN);
    await openSettings(page, "/settings/project", "Oblasti nastavení");
    await expect(page.getByRole("heading", { level: 1, name: "Profil firmy" })).toBeVisible();
    const before = await getE2eDb().project.findFirstOrThrow({ where: { slug: "charter-b2b" } });

    await page.getByLabel("Registrační číslo").fill("45274649");
    await page.getByRole("button", { name: "Vyplnit z rejstříku" }).click();

    await expect(page.getByText("Vyplněno z rejstříku.")).toBeVisible();
    await expect(page.getByLabel("Obchodní firma")).toHaveValue("ČEZ, a. s.");
    await expect(page.getByLabel("DIČ")).toHaveValue("CZ45274649");
    await expect(page.getByLabel("Město")).toHaveValue("Praha 4");
    const after = await getE2eDb().project.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.version).toBe(before.version);
    expect(after.legalName).toBe(before.legalName);
  });
});

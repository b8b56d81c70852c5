import type { Page } from "@playwright/test";

import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { CZECH_ADMIN, openSettings, signInAs, uniqueName } from "./settings-kit";

test.afterAll(disconnectE2eDb);

/** Adds a department under a parent through its row's button, and waits until the tree shows it. */
async function addDepartmentUnder(page: Page, parent: string, name: string): Promise<string> {
  await page.getByRole("button", { name: `Přidat oddělení pod ${parent}`, exact: true }).click();
  const create = page.getByRole("dialog", { name: "Nové oddělení" });
  await create.getByLabel("Název").fill(name);
  await expect(create.getByLabel("Pod")).toHaveValue(/.+/);
  await create.getByRole("button", { name: "Vytvořit" }).click();
  await expect(create).toBeHidden();
  await expect(
    page.getByRole("list", { name: `Oddělení pod ${parent}`, exact: true }).getByText(name),
  ).toBeVisible();
  return name;
}

// The seeded admin reads Czech: these specs drive the page in Czech.
test.describe("organisation settings", () => {
  test("[SETTINGS]: admin adds a department under another and moves it by keyboard (B1)", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN);
    await openSettings(page, "/settings/organisation", "Oblasti nastavení");
    await expect(page.getByRole("heading", { level: 1, name: "Organizace" })).toBeVisible();
    const name = await addDepartmentUnder(page, "Sales", uniqueName("Inside sales"));

    // Move it under Marketing with the keyboard only: focus Move, Enter, type, Tab, Enter.
    await page.getByRole("button", { name: `Přesunout ${name}` }).focus();
    await page.keyboard.press("Enter");
    const move = page.getByRole("dialog", { name: `Přesunout ${name}` });
    await expect(move.getByLabel("Přesunout pod")).toBeFocused();
    await page.keyboard.type("Marketing");
    await expect(move.getByLabel("Přesunout pod")).toHaveValue(/.+/);
    await expect(move.getByLabel("Přesunout pod").locator("option:checked")).toHaveText(
      "Marketing (Charter Demo)",
    );
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(move.getByRole("button", { name: "Přesunout" })).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(move).toBeHidden();
    await expect(
      page.getByRole("list", { name: "Oddělení pod Marketing", exact: true }).getByText(name),
    ).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Oddělení pod Sales", exact: true }).getByText(name),
    ).toHaveCount(0);
    await expect(page.getByText("Oddělení přesunuto.")).toBeVisible();
  });

  test("[SETTINGS]: a move that would make a cycle shows the server's refusal (B1)", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN);
    await openSettings(page, "/settings/organisation", "Oblasti nastavení");

    await page.getByRole("button", { name: "Přesunout Sales", exact: true }).click();
    const move = page.getByRole("dialog", { name: "Přesunout Sales" });
    await move
      .getByLabel("Přesunout pod")
      .selectOption({ label: "Sales Prague (Charter Demo › Sales)" });
    await move.getByRole("button", { name: "Přesunout" }).click();

    const refusal = move.getByRole("alert");
    await expect(refusal).toContainText("Server odpovídá (anglicky):");
    await expect(refusal).toContainText("would create a cycle");
    await expect(move).toBeVisible();
    await move.getByRole("button", { name: "Zrušit" }).click();
    await expect(
      page
        .getByRole("list", { name: "Oddělení pod Charter Demo", exact: true })
        .getByText("Sales", { exact: true }),
    ).toBeVisible();
  });

  test("[SETTINGS]: admin drags a department onto another and the move is saved (B1)", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN);
    await openSettings(page, "/settings/organisation", "Oblasti nastavení");
    const name = await addDepartmentUnder(page, "Sales", uniqueName("Field sales"));
    const row = (department: string) =>
      page
        .getByTestId("department-row")
        .filter({ has: page.getByText(department, { exact: true }) });

    // HTML5 drag and drop: Chromium fires dragstart, dragover and drop from the mouse.
    await row(name).dragTo(row("Marketing"));

    const underMarketing = page.getByRole("list", { name: "Oddělení pod Marketing", exact: true });
    await expect(page.getByText("Oddělení přesunuto.")).toBeVisible();
    await expect(underMarketing.getByText(name, { exact: true })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Oddělení pod Sales", exact: true }).getByText(name),
    ).toHaveCount(0);

    // The server has it: the tree read afresh, and the stored parent.
    await page.reload();
    await expect(underMarketing.getByText(name, { exact: true })).toBeVisible();
    const moved = await getE2eDb().department.findFirstOrThrow({
      where: { name },
      include: { parent: true },
    });
    expect(moved.parent?.name).toBe("Marketing");
  });
});

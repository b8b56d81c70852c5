import { disconnectE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { openSettings, RUSSIAN_HEAD_OF_SALES, RUSSIAN_SALES_REP, signInAs } from "./settings-kit";

test.afterAll(disconnectE2eDb);

test.describe("settings navigation", () => {
  test("[SETTINGS]: a sales rep sees no settings areas they may not open", async ({ page }) => {
    await signInAs(page, RUSSIAN_SALES_REP);
    await openSettings(page, "/settings", "Разделы настроек");

    const nav = page.getByRole("navigation", { name: "Разделы настроек" });
    await expect(nav.getByRole("link")).toHaveText(["Обзор"]);
    await expect(page.getByRole("heading", { name: "Здесь для вас нет настроек" })).toBeVisible();

    // A direct link is refused by the server, and the page says so in her language.
    await page.goto("/settings/employees");
    await expect(
      page.getByRole("status").filter({ hasText: "Этот раздел настроек вам недоступен" }),
    ).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("[SETTINGS]: a head of sales sees only the areas his user type opens", async ({ page }) => {
    await signInAs(page, RUSSIAN_HEAD_OF_SALES);
    await openSettings(page, "/settings", "Разделы настроек");

    // Administration users read org (and so the company profile), employees, roles and
    // groups, and manage fields (E4); no security or audit log.
    const nav = page.getByRole("navigation", { name: "Разделы настроек" });
    await expect(nav.getByRole("link")).toHaveText([
      "Обзор",
      "Профиль компании",
      "Организация",
      "Сотрудники",
      "Роли",
      "CRM-группы",
      "Разделы и поля",
      "Проверка доступа",
    ]);
  });
});

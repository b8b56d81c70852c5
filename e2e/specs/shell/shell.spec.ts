import type { Page } from "@playwright/test";

import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { readSeededUsers, type TSeededUser } from "../../support/seeded-users";
import { signInThroughForm } from "../../support/sign-in";
import { expect, test } from "../../support/test";

// Seeded users whose stored language is known (packages/db demo seed).
const CZECH_ADMIN = "admin@demo.charter.test";
const RUSSIAN_HEAD_OF_SALES = "petrov@demo.charter.test";
const ENGLISH_AUDITOR = "auditor@demo.charter.test";

function findUserByEmail(email: string): TSeededUser {
  const user = readSeededUsers().find((candidate) => candidate.email === email);
  if (!user) throw new Error(`The seed has no user ${email}.`);
  return user;
}

async function signInAs(page: Page, email: string): Promise<TSeededUser> {
  const user = findUserByEmail(email);
  await signInThroughForm(page, user);
  await expect(page.getByTestId("employee-name")).toHaveText(user.name);
  return user;
}

async function expectNavigation(page: Page, label: string, links: string[]) {
  const nav = page.getByRole("navigation", { name: label });
  await expect(nav.getByRole("link")).toHaveText(links);
}

test.afterAll(disconnectE2eDb);

test.describe("shell", () => {
  test("[SHELL]: a Czech user sees the shell in Czech", async ({ page }) => {
    const admin = await signInAs(page, CZECH_ADMIN);

    await expect(page.locator("html")).toHaveAttribute("lang", "cs");
    await expectNavigation(page, "Sekce", [
      "Úvod",
      "Obchody",
      "Klienti",
      "Úkoly",
      "Přehledy",
      "Nastavení",
    ]);
    await expect(page.getByRole("heading", { name: `Vítejte, ${admin.name}` })).toBeVisible();
    await expect(page.getByLabel("Jazyk")).toHaveValue("cs");
    await expect(page.getByRole("button", { name: "Odhlásit se" })).toBeVisible();
  });

  test("[SHELL]: a Russian user sees the shell in Russian", async ({ page }) => {
    const head = await signInAs(page, RUSSIAN_HEAD_OF_SALES);

    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expectNavigation(page, "Разделы", [
      "Главная",
      "Сделки",
      "Клиенты",
      "Задачи",
      "Отчёты",
      "Настройки",
    ]);
    await expect(
      page.getByRole("heading", { name: `Добро пожаловать, ${head.name}` }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Выйти" })).toBeVisible();
  });

  test("[SHELL]: an English user opens a section from the navigation", async ({ page }) => {
    await signInAs(page, ENGLISH_AUDITOR);
    await expectNavigation(page, "Sections", [
      "Home",
      "Deals",
      "Clients",
      "Tasks",
      "Reports",
      "Settings",
    ]);

    await page.getByRole("link", { name: "Deals" }).click();

    await expect(page).toHaveURL(/\/deals(\?.*)?$/);
    await expect(page.getByRole("link", { name: "Deals" })).toHaveAttribute("aria-current", "page");
    await expect(page).toHaveTitle("Deals · Charter");
  });

  test("[SHELL]: a user switches to Czech and it stays after a reload", async ({ page }) => {
    const auditor = await signInAs(page, ENGLISH_AUDITOR);
    try {
      await expect(page.locator("html")).toHaveAttribute("lang", "en");

      await page.getByLabel("Language").selectOption("cs");

      await expect(page.locator("html")).toHaveAttribute("lang", "cs");
      await expectNavigation(page, "Sekce", [
        "Úvod",
        "Obchody",
        "Klienti",
        "Úkoly",
        "Přehledy",
        "Nastavení",
      ]);
      const stored = await getE2eDb().user.findUniqueOrThrow({ where: { email: auditor.email } });
      expect(stored.locale).toBe("cs");

      await page.reload();

      await expect(page.locator("html")).toHaveAttribute("lang", "cs");
      await expect(page.getByLabel("Jazyk")).toHaveValue("cs");
      await expect(page.getByRole("heading", { name: `Vítejte, ${auditor.name}` })).toBeVisible();
    } finally {
      // The seeded auditor reads English in every other spec.
      await getE2eDb().user.update({ where: { email: auditor.email }, data: { locale: "en" } });
    }
  });

  test("[SHELL]: an unknown URL shows the 404 in the user's language", async ({ page }) => {
    await signInAs(page, CZECH_ADMIN);

    const response = await page.goto("/no-such-section");

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Stránka nenalezena" })).toBeVisible();
    await page.getByRole("link", { name: "Přejít na úvod" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("navigation", { name: "Sekce" })).toBeVisible();
  });

  test("[SHELL]: the keyboard reaches a skip link first, and it jumps to the content", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN);
    await page.reload();

    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Přejít na obsah" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press("Enter");

    await expect(page.getByRole("main")).toBeFocused();
  });
});

test.describe("shell, signed out, in a Russian browser", () => {
  test.use({ locale: "ru-RU" });

  test("[SHELL]: a Russian browser gets the sign-in page and its errors in Russian", async ({
    page,
  }) => {
    await page.goto("/sign-in");

    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { name: "Вход в Charter" })).toBeVisible();
    await page.getByLabel("E-mail").fill("nobody@charter.invalid");
    await page.getByLabel("Пароль").fill("whatever-it-is");
    await page.getByRole("button", { name: "Войти" }).click();

    await expect(page.locator("form").getByRole("alert")).toHaveText("Неверный e-mail или пароль.");
  });

  test("[SHELL]: a Russian browser gets the 404 in Russian", async ({ page }) => {
    const response = await page.goto("/no-such-page");

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
  });
});

import { createE2eMember, disconnectE2eDb } from "../../support/e2e-db";
import { signInThroughForm } from "../../support/sign-in";
import { expect, test } from "../../support/test";
import { CZECH_ADMIN, openSettings, signInAs } from "./settings-kit";

test.afterAll(disconnectE2eDb);

test.describe("employee settings", () => {
  test("[SETTINGS]: admin blocks an employee and that employee's next request is signed out (E2)", async ({
    page,
    browser,
  }) => {
    const member = await createE2eMember({ name: "Bára Brzy-Blokovaná" });
    const theirs = await browser.newContext();
    try {
      const theirPage = await theirs.newPage();
      await signInThroughForm(theirPage, member);
      await expect(theirPage.getByTestId("employee-name")).toHaveText(member.employee.name);

      await signInAs(page, CZECH_ADMIN);
      await openSettings(page, "/settings/employees?q=Brzy-Blokovan%C3%A1", "Oblasti nastavení");
      await page.getByRole("link", { name: member.employee.name }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: member.employee.name }),
      ).toBeVisible();

      await page.getByRole("radio", { name: /Zablokovaný/ }).check();
      await page.getByRole("button", { name: "Změnit stav" }).click();
      const confirm = page.getByRole("dialog", {
        name: `Změnit stav ${member.employee.name} na „Zablokovaný“?`,
      });
      await expect(confirm).toContainText("Při příštím požadavku bude všude odhlášen");
      await confirm.getByRole("button", { name: "Změnit na „Zablokovaný“" }).click();
      await expect(confirm).toBeHidden();
      await expect(
        page.getByText(`${member.employee.name} má nyní stav „Zablokovaný“.`),
      ).toBeVisible();
      await expect(page.getByRole("radio", { name: /Zablokovaný · nyní/ })).toBeChecked();

      // Their very next request: the API refuses it, and the next page is the sign-in form.
      expect((await theirPage.request.get("/api/trpc/session.me")).status()).toBe(401);
      await theirPage.reload();
      await expect(theirPage).toHaveURL(/\/sign-in/);
    } finally {
      await theirs.close();
    }
  });
});

import { readSeededUsers } from "../../support/seeded-users";
import { signInThroughForm } from "../../support/sign-in";
import { expect, test } from "../../support/test";

// Ivan Petrov works in both demo projects (packages/db demo seed), with a position in each.
const PETROV = "petrov@demo.charter.test";

test.describe("project switcher", () => {
  test("[SHELL]: someone in two projects switches to the other from the header, and the choice holds across reloads (A1)", async ({
    page,
  }) => {
    const petrov = readSeededUsers().find((user) => user.email === PETROV);
    if (!petrov) throw new Error(`The seed has no user ${PETROV}.`);
    await signInThroughForm(page, petrov);
    await expect(page.getByTestId("project-name")).toHaveText("Charter Demo B2B");

    // The header names the project at once; the menu appears once his projects are read.
    const switcher = page.getByRole("button", { name: /Charter Demo B2B/ });
    await switcher.click();
    const menu = page.getByRole("menu");
    await expect(menu.getByRole("menuitemradio", { name: /Charter Demo B2B/ })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    await menu.getByRole("menuitemradio", { name: /Charter Demo B2C/ }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("project-name")).toHaveText("Charter Demo B2C");
    await expect(page.getByTestId("employee-position")).toHaveText("Head of retail sales");

    await page.reload();
    await expect(page.getByTestId("project-name")).toHaveText("Charter Demo B2C");
    const me = await page.request.get("/api/trpc/session.me");
    expect(await me.text()).toContain("Charter Demo B2C");

    await page.getByRole("button", { name: /Charter Demo B2C/ }).click();
    await page
      .getByRole("menu")
      .getByRole("menuitemradio", { name: /Charter Demo B2B/ })
      .click();
    await expect(page.getByTestId("project-name")).toHaveText("Charter Demo B2B");
  });

  test("[SHELL]: someone in one project sees its name and no switcher (A1)", async ({ page }) => {
    const ivanova = readSeededUsers().find((user) => user.email === "ivanova@demo.charter.test");
    if (!ivanova) throw new Error("The seed has no user ivanova@demo.charter.test.");
    await signInThroughForm(page, ivanova);
    await expect(page.getByTestId("project-name")).toHaveText("Charter Demo B2B");
    await expect(page.getByRole("button", { name: /Charter Demo B2B/ })).toHaveCount(0);
  });
});

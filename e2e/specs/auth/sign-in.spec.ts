import { findSeededUser } from "../../support/seeded-users";
import { findSessionCookie, signInThroughForm } from "../../support/sign-in";
import { expect, test } from "../../support/test";

test.describe("sign-in", () => {
  test("[AUTH]: a signed-out visit to the home page lands on sign-in", async ({ page }) => {
    await page.goto("/");

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { name: "Sign in to Charter" })).toBeVisible();
  });

  test("[AUTH]: rep signs in and sees their name", async ({ page }) => {
    const rep = findSeededUser(/^Sales representative\b/i);

    await signInThroughForm(page, rep);

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("employee-name")).toHaveText(rep.name);
    await expect(page.getByTestId("project-name")).not.toBeEmpty();
    // Read through /api/trpc, so this also proves the API answers for the session. The
    // greeting is in the rep's own language, so only their name is matched.
    await expect(page.getByRole("heading", { level: 1 })).toContainText(rep.name);
    expect(await findSessionCookie(page)).toBeDefined();
  });

  test("[AUTH]: rep signs out and the home page is closed to them", async ({ page }) => {
    const rep = findSeededUser(/^Sales representative\b/i);
    await signInThroughForm(page, rep);
    await expect(page.getByTestId("employee-name")).toHaveText(rep.name);

    await page.getByTestId("sign-out").click();

    await expect(page).toHaveURL(/\/sign-in$/);
    expect(await findSessionCookie(page)).toBeUndefined();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("[AUTH]: a wrong password is refused with a message and no session", async ({ page }) => {
    const rep = findSeededUser(/^Sales representative\b/i);

    await signInThroughForm(page, { email: rep.email, password: `${rep.password}-wrong` });

    await expect(page.locator("form").getByRole("alert")).toHaveText(
      "E-mail or password is wrong.",
    );
    await expect(page).toHaveURL(/\/sign-in/);
    expect(await findSessionCookie(page)).toBeUndefined();
    // Asked through the API, so the final screenshot still shows the message.
    expect((await page.request.get("/api/trpc/session.me")).status()).toBe(401);
  });

  test("[AUTH]: an unknown e-mail gets the same answer as a wrong password", async ({ page }) => {
    await signInThroughForm(page, { email: "nobody@charter.invalid", password: "whatever-it-is" });

    await expect(page.locator("form").getByRole("alert")).toHaveText(
      "E-mail or password is wrong.",
    );
    expect(await findSessionCookie(page)).toBeUndefined();
  });
});

import { createE2eMember, disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { findSessionCookie, signInThroughForm } from "../../support/sign-in";
import { expect, test } from "../../support/test";

test.afterAll(disconnectE2eDb);

test.describe("access", () => {
  test("[AUTH]: a blocked employee cannot sign in (E2)", async ({ page }) => {
    const member = await createE2eMember({ name: "Bob Blocked", status: "blocked" });

    await signInThroughForm(page, member);

    await expect(page.locator("form").getByRole("alert")).toHaveText(
      "Your access is blocked or has expired. Ask your administrator to restore it.",
    );
    expect(await findSessionCookie(page)).toBeUndefined();
  });

  test("[AUTH]: expired temporary access cannot sign in (E2)", async ({ page }) => {
    const member = await createE2eMember({
      name: "Eve Expired",
      accessExpiresAt: new Date(Date.now() - 60_000),
    });

    await signInThroughForm(page, member);

    await expect(page.locator("form").getByRole("alert")).toContainText("blocked or has expired");
  });

  test("[AUTH]: a live session stops at the next request once the employee is blocked (E2)", async ({
    page,
  }) => {
    const member = await createE2eMember({ name: "Sam Soon-Blocked" });
    await signInThroughForm(page, member);
    await expect(page.getByTestId("employee-name")).toHaveText("Sam Soon-Blocked");
    await expect(page.getByTestId("employee-position")).toHaveText("Temporary representative");
    await expect(page.getByTestId("project-name")).toHaveText(member.project.name);

    await getE2eDb().employee.update({
      where: { id: member.employee.id },
      data: { status: "blocked" },
    });
    await page.reload();

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { name: "Sign in to Charter" })).toBeVisible();
  });

  test("[AUTH]: bumping sessionVersion signs the account out everywhere", async ({ page }) => {
    const member = await createE2eMember({ name: "Val Revoked" });
    await signInThroughForm(page, member);
    await expect(page.getByTestId("employee-name")).toHaveText("Val Revoked");

    await getE2eDb().user.update({
      where: { id: member.user.id },
      data: { sessionVersion: { increment: 1 } },
    });
    const response = await page.request.get("/api/trpc/session.me");

    expect(response.status()).toBe(401);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

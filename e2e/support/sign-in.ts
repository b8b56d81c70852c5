import type { Page } from "@playwright/test";

export async function signInThroughForm(
  page: Page,
  credentials: { email: string; password: string },
) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** next-auth's session cookie; its name gains a __Secure- prefix only over https. */
export async function findSessionCookie(page: Page) {
  const cookies = await page.context().cookies();
  return cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
}

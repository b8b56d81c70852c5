import type { Page } from "@playwright/test";

import { readSeededUsers, type TSeededUser } from "../../support/seeded-users";
import { signInThroughForm } from "../../support/sign-in";
import { expect } from "../../support/test";

// Seeded people of the demo company (packages/db seed) and the language each reads.
export const CZECH_ADMIN = "admin@demo.charter.test";
export const ENGLISH_AUDITOR = "auditor@demo.charter.test";
export const RUSSIAN_SALES_REP = "ivanova@demo.charter.test";
export const RUSSIAN_HEAD_OF_SALES = "petrov@demo.charter.test";

export function seededUser(email: string): TSeededUser {
  const user = readSeededUsers().find((candidate) => candidate.email === email);
  if (!user) throw new Error(`The seed has no user ${email}.`);
  return user;
}

export async function signInAs(page: Page, email: string): Promise<TSeededUser> {
  const user = seededUser(email);
  await signInThroughForm(page, user);
  await expect(page.getByTestId("employee-name")).toHaveText(user.name);
  return user;
}

/** Opens a settings page and waits until the navigation knows which areas the reader may open. */
export async function openSettings(page: Page, path: string, navLabel: string): Promise<void> {
  await page.goto(path);
  const nav = page.getByRole("navigation", { name: navLabel });
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("status")).toHaveCount(0);
}

export function uniqueName(prefix: string): string {
  return `${prefix} ${crypto.randomUUID().slice(0, 6)}`;
}

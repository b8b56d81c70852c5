import type { Page } from "@playwright/test";

import { getE2eDb } from "../../support/e2e-db";
import { readSeededUsers, type TSeededUser } from "../../support/seeded-users";
import { signInThroughForm } from "../../support/sign-in";
import { expect } from "../../support/test";

// Seeded people (packages/db demo seed) and the language each one reads in.
export const PEOPLE = {
  /** Sales representative, B2B, Russian; reminder pop-ups every 15 minutes. */
  ivanova: "ivanova@demo.charter.test",
  /** Sales representative, B2B, Czech; no reminder interval; may not see the employee list. */
  horakova: "horakova@demo.charter.test",
} as const;

export async function signInAs(page: Page, email: string): Promise<TSeededUser> {
  const user = readSeededUsers().find((candidate) => candidate.email === email);
  if (!user) throw new Error(`The seed has no user ${email}.`);
  await signInThroughForm(page, user);
  await expect(page.getByTestId("employee-name")).toHaveText(user.name);
  return user;
}

/** The signed-in person's Employee in the B2B project. */
export async function findEmployee(email: string) {
  return getE2eDb().employee.findFirstOrThrow({
    where: { user: { email }, project: { slug: "charter-b2b" } },
  });
}

/** A label no other run or spec uses, so a test finds exactly its own rows. */
export function uniqueLabel(words: string): string {
  return `${words} ${Date.now().toString(36)}`;
}

/** `YYYY-MM-DDTHH:mm` as a datetime-local input takes it, in the browser's (= this machine's) zone. */
export function toLocalInput(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}T${pad(value.getHours())}:${pad(value.getMinutes())}`;
}

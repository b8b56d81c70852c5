import type { Page } from "@playwright/test";

import { getE2eDb } from "../../support/e2e-db";
import { readSeededUsers, type TSeededUser } from "../../support/seeded-users";
import { signInThroughForm } from "../../support/sign-in";
import { expect } from "../../support/test";

// Seeded people (packages/db demo seed) and the language each one reads in.
export const PEOPLE = {
  /** Sales representative, B2B, Russian; in the Key accounts group. */
  ivanova: "ivanova@demo.charter.test",
  /** Sales representative, B2B, Czech; in the Key accounts group. */
  horakova: "horakova@demo.charter.test",
  /** Telephonist, B2B, Czech: reads every company, in no CRM group. */
  cerny: "cerny@demo.charter.test",
  /** Director, Czech: every right, including handing a record to someone else. */
  director: "director@demo.charter.test",
  /** Read-only admin (crm_read_admin), English. */
  auditor: "auditor@demo.charter.test",
} as const;

export async function signInAs(page: Page, email: string): Promise<TSeededUser> {
  const user = readSeededUsers().find((candidate) => candidate.email === email);
  if (!user) throw new Error(`The seed has no user ${email}.`);
  await signInThroughForm(page, user);
  await expect(page.getByTestId("employee-name")).toHaveText(user.name);
  return user;
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/sign-in/);
}

export async function findEmployee(email: string, projectSlug: string) {
  return getE2eDb().employee.findFirstOrThrow({
    where: { user: { email }, project: { slug: projectSlug } },
  });
}

/** A company of the B2B project whose responsible is this person, the same one every run. */
export async function findOwnCompany(email: string) {
  const employee = await findEmployee(email, "charter-b2b");
  return getE2eDb().company.findFirstOrThrow({
    where: { responsibleId: employee.id },
    orderBy: { id: "asc" },
  });
}

/** One of this person's companies whose name no other company of the project shares. */
export async function findUniquelyNamedCompany(email: string) {
  const employee = await findEmployee(email, "charter-b2b");
  const companies = await getE2eDb().company.findMany({
    where: { responsibleId: employee.id },
    orderBy: { id: "asc" },
  });
  for (const company of companies) {
    const namesakes = await getE2eDb().company.count({
      where: { projectId: company.projectId, name: company.name },
    });
    if (namesakes === 1) return company;
  }
  throw new Error(`${email} has no company with a name of its own.`);
}

/** A company with a value in "Key account strategy", the section limited to Key accounts (D8). */
export async function findKeyAccountCompany() {
  const value = await getE2eDb().customFieldValue.findFirstOrThrow({
    where: {
      field: { key: "strategy", section: { name: "Key account strategy" } },
      company: { project: { slug: "charter-b2b" } },
    },
    include: { company: true },
    orderBy: { id: "asc" },
  });
  if (!value.company || !value.textValue) throw new Error("The seed's key account value is gone.");
  return { company: value.company, strategy: value.textValue };
}

/** A company of the B2C division: outside every B2B-only employee's reach. */
export async function findB2cCompany() {
  return getE2eDb().company.findFirstOrThrow({
    where: { project: { slug: "charter-b2c" } },
    orderBy: { id: "asc" },
  });
}

export async function readCompanyNumber(companyId: string, fieldKey: string) {
  const value = await getE2eDb().customFieldValue.findFirst({
    where: { companyId, field: { key: fieldKey } },
  });
  return value?.numberValue?.toString() ?? null;
}

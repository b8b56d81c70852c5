import type { Page } from "@playwright/test";

import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { readSeededUsers, type TSeededUser } from "../../support/seeded-users";
import { signInThroughForm } from "../../support/sign-in";
import { expect, test } from "../../support/test";
import { englishPhrasesFor, findEnglish, readPageText } from "./english-leftovers";

// Seeded people (packages/db demo seed) and the language stored for each.
const CZECH_ADMIN = "admin@demo.charter.test";
const RUSSIAN_HEAD_OF_SALES = "petrov@demo.charter.test";
const SALES_REP = "ivanova@demo.charter.test";
const ENGLISH_AUDITOR = "auditor@demo.charter.test";

/**
 * A page to read; `open` names the links of its list, the first of which is read as well;
 * `shows` is the test id of a part that must be there before the page is read.
 */
type TStop = { path: string; open?: string; shows?: string };

const MAIN_PAGES: TStop[] = [
  { path: "/" },
  { path: "/deals" },
  { path: "/deals?view=list", open: 'a[href^="/deals/"]:not([href^="/deals/interests"])' },
  { path: "/deals/interests" },
  { path: "/clients", open: 'a[href^="/clients/companies/"]' },
  { path: "/clients?tab=contacts", open: 'a[href^="/clients/contacts/"]' },
  { path: "/tasks?view=all", open: 'a[href^="/tasks/"]:not([href^="/tasks/calendar"])' },
  { path: "/tasks/calendar" },
  { path: "/reports" },
];

/** The settings pages, with the explain page answering whether a rep may edit a deal of hers. */
const settingsPages = (explained: TExplained): TStop[] => [
  { path: "/settings" },
  { path: "/settings/project" },
  { path: "/settings/organisation" },
  { path: "/settings/employees", open: 'a[href^="/settings/employees/"]:not([href$="/new"])' },
  { path: "/settings/roles", open: 'a[href^="/settings/roles/"]' },
  { path: "/settings/groups", open: 'a[href^="/settings/groups/"]' },
  { path: "/settings/security" },
  { path: "/settings/fields" },
  {
    path: `/settings/explain?employee=${explained.employeeId}&resource=deal&action=edit&record=${explained.dealId}&list=deals`,
    shows: "explain-result",
  },
  { path: "/settings/audit" },
];

type TExplained = { employeeId: string; dealId: string };

/** A rep of the admin's first project and one of her deals, for the explain page to explain. */
async function findExplained(): Promise<TExplained> {
  const employee = await getE2eDb().employee.findFirstOrThrow({
    where: { user: { email: SALES_REP }, project: { slug: "charter-b2b" } },
  });
  const deal = await getE2eDb().deal.findFirstOrThrow({
    where: { responsibleId: employee.id },
    orderBy: { id: "asc" },
  });
  return { employeeId: employee.id, dealId: deal.id };
}

function seededUser(email: string): TSeededUser {
  const user = readSeededUsers().find((candidate) => candidate.email === email);
  if (!user) throw new Error(`The seed has no user ${email}.`);
  return user;
}

async function signInAs(page: Page, email: string, lang: "cs" | "ru"): Promise<void> {
  const user = seededUser(email);
  await signInThroughForm(page, user);
  await expect(page.getByTestId("employee-name")).toHaveText(user.name);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

/** Waits until the page has asked for and drawn what it shows. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator("main h1").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/**
 * Reads each page (and the first record its list links to) and returns every English phrase
 * found, as "path: phrase (key)" lines, so one run names them all.
 */
async function readPages(page: Page, stops: TStop[], lang: "cs" | "ru"): Promise<string[]> {
  const phrases = englishPhrasesFor(lang);
  const findings: string[] = [];
  const check = async (path: string, shows?: string) => {
    if (shows) await expect(page.getByTestId(shows)).toBeVisible();
    await settle(page);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const english = findEnglish(await readPageText(page), phrases);
    findings.push(...english.map((line) => `${path}: ${line}`));
  };
  for (const stop of stops) {
    await page.goto(stop.path);
    await check(stop.path, stop.shows);
    if (!stop.open) continue;
    const link = page.locator("main").locator(stop.open).first();
    await expect(link, `${stop.path} links to a record`).toBeVisible();
    const href = await link.getAttribute("href");
    if (!href) throw new Error(`${stop.path} links to no record (${stop.open}).`);
    await page.goto(href);
    await check(href);
  }
  return findings;
}

test.afterAll(disconnectE2eDb);

test.describe("no English in another language", () => {
  // About twenty pages a test, each read once it has settled.
  test.describe.configure({ timeout: 240_000 });

  test("[I18N]: the check finds the English an English reader meets", async ({ page }) => {
    // Without this, a check that read nothing would pass every page.
    const auditor = seededUser(ENGLISH_AUDITOR);
    await signInThroughForm(page, auditor);
    await expect(page.getByTestId("employee-name")).toHaveText(auditor.name);
    await settle(page);

    const found = findEnglish(await readPageText(page), englishPhrasesFor("cs"));

    expect(found).toEqual(
      expect.arrayContaining([
        '"Sign out" (shell.signOut)', // visible text
        '"Skip to content" (shell.skipToContent)', // hidden until focused
        '"Search clients and deals" (search.placeholder)', // an attribute
      ]),
    );
  });

  test("[I18N]: a Czech admin meets no English on the main and settings pages", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN, "cs");

    const settings = settingsPages(await findExplained());
    const findings = await readPages(page, [...MAIN_PAGES, ...settings], "cs");

    expect(findings).toEqual([]);
  });

  test("[I18N]: a Russian head of sales meets no English on the main pages", async ({ page }) => {
    await signInAs(page, RUSSIAN_HEAD_OF_SALES, "ru");

    const findings = await readPages(page, MAIN_PAGES, "ru");

    expect(findings).toEqual([]);
  });

  test("[I18N]: an admin who switches to Russian meets no English in the settings", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN, "cs");
    try {
      await page.getByLabel("Jazyk").selectOption("ru");
      await expect(page.locator("html")).toHaveAttribute("lang", "ru");

      const settings = settingsPages(await findExplained());
      const findings = await readPages(page, settings, "ru");

      expect(findings).toEqual([]);
    } finally {
      // The seeded admin reads Czech in every other spec.
      await getE2eDb().user.update({ where: { email: CZECH_ADMIN }, data: { locale: "cs" } });
    }
  });
});

import type { Page } from "@playwright/test";

import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { findUniquelyNamedCompany, PEOPLE, signInAs, signOut } from "../clients/clients-fixtures";

test.afterAll(disconnectE2eDb);

// The header's box, named in each reader's language (Ivanova reads Russian, the director Czech).
const BOX = {
  ru: { box: "Поиск по компаниям, контактам и сделкам", results: "Результаты поиска" },
  cs: { box: "Hledat ve firmách, kontaktech a obchodech", results: "Výsledky hledání" },
} as const;

function searchBox(page: Page, locale: keyof typeof BOX) {
  return {
    box: page.getByRole("combobox", { name: BOX[locale].box }),
    results: page.getByRole("listbox", { name: BOX[locale].results }),
  };
}

/**
 * A deal of Eva Horáková's (Sales Brno) whose title no other deal's title contains: so the
 * director finds exactly this one, and Olga Ivanova (Sales Prague, who sees her own deals
 * and her department's) finds no deal at all. The seed's companies are every rep's to read
 * (the Sales representative role views all clients), so a colleague's deal is what lies
 * outside a rep's reach.
 */
async function findColleaguesDeal() {
  const db = getE2eDb();
  const horakova = await db.employee.findFirstOrThrow({
    where: { user: { email: PEOPLE.horakova }, project: { slug: "charter-b2b" } },
  });
  const deals = await db.deal.findMany({
    where: { responsibleId: horakova.id },
    orderBy: { id: "asc" },
  });
  for (const deal of deals) {
    const alike = await db.deal.count({
      where: { projectId: deal.projectId, title: { contains: deal.title, mode: "insensitive" } },
    });
    if (alike === 1) return deal;
  }
  throw new Error("Eva Horáková has no deal with a title of its own.");
}

/** A contact of Ivanova's whose first and last name, together, no other contact has. */
async function findUniquelyNamedContact() {
  const db = getE2eDb();
  const ivanova = await db.employee.findFirstOrThrow({
    where: { user: { email: PEOPLE.ivanova }, project: { slug: "charter-b2b" } },
  });
  const contacts = await db.contact.findMany({
    where: { responsibleId: ivanova.id },
    orderBy: { id: "asc" },
  });
  for (const contact of contacts) {
    const namesakes = await db.contact.count({
      where: {
        projectId: contact.projectId,
        firstName: contact.firstName,
        lastName: contact.lastName,
      },
    });
    if (namesakes === 1) return contact;
  }
  throw new Error("Olga Ivanova has no contact with a name of its own.");
}

test.describe("the header's search box", () => {
  test("[SEARCH]: a rep finds her company by part of its name and opens it with the keyboard (D7)", async ({
    page,
  }) => {
    const company = await findUniquelyNamedCompany(PEOPLE.ivanova);
    await signInAs(page, PEOPLE.ivanova);
    await page.goto("/tasks");
    const { box, results } = searchBox(page, "ru");

    await box.click();
    await box.pressSequentially(company.name.slice(0, -2), { delay: 20 });
    const companies = results.getByRole("group", { name: "Компании" });
    const option = companies
      .getByRole("option")
      .filter({ has: page.getByText(company.name, { exact: true }) });
    await expect(option).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");

    // The first result is active; the arrows walk down to hers, and Enter opens it.
    const optionIds = await Promise.all(
      (await results.getByRole("option").all()).map((each) => each.getAttribute("id")),
    );
    const target = await option.getAttribute("id");
    const steps = optionIds.indexOf(target);
    expect(steps).toBeGreaterThanOrEqual(0);
    for (let step = 0; step < steps; step += 1) await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-activedescendant", target ?? "");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await box.press("Enter");

    await expect(page).toHaveURL(`/clients/companies/${company.id}`);
    await expect(page.getByRole("heading", { level: 1, name: company.name })).toBeVisible();
    // The box is cleared and closed for the next search.
    await expect(box).toHaveValue("");
    await expect(box).toHaveAttribute("aria-expanded", "false");

    // Escape closes the list and keeps what was typed; a second Escape clears it.
    await box.fill(company.name);
    await expect(option).toBeVisible();
    await box.press("Escape");
    await expect(results).toBeHidden();
    await expect(box).toHaveValue(company.name);
    await box.press("Escape");
    await expect(box).toHaveValue("");
  });

  test("[SEARCH]: a contact's name typed whole finds her in the box and in the contacts list it continues to", async ({
    page,
  }) => {
    const contact = await findUniquelyNamedContact();
    const wholeName = `${contact.firstName} ${contact.lastName}`;
    await signInAs(page, PEOPLE.ivanova);
    await page.goto("/tasks");
    const { box, results } = searchBox(page, "ru");

    await box.fill(wholeName);
    const contacts = results.getByRole("group", { name: "Контакты" });
    await expect(contacts.getByRole("option").filter({ hasText: wholeName })).toBeVisible();

    // "See all" continues in the contacts list with the same text: she is in it, last name first too.
    for (const typed of [wholeName, `${contact.lastName} ${contact.firstName}`]) {
      await page.goto(`/clients?${new URLSearchParams({ tab: "contacts", q: typed }).toString()}`);
      const table = page.getByRole("table", { name: "Контакты, сначала недавно изменённые" });
      await expect(table.getByRole("link", { name: wholeName })).toBeVisible();
      await expect(page.getByText(`Нет контактов по запросу «${typed}».`)).toBeHidden();
    }
  });

  test("[SEARCH]: a colleague's deal out of a rep's reach is no match for her, and the director finds and opens it (D7)", async ({
    page,
  }) => {
    const deal = await findColleaguesDeal();

    await signInAs(page, PEOPLE.ivanova);
    let search = searchBox(page, "ru");
    await search.box.fill(deal.title);
    await expect(
      page.getByRole("status").filter({ hasText: `Ничего не найдено по запросу «${deal.title}»` }),
    ).toBeVisible();
    await expect(search.results.getByRole("option")).toHaveCount(0);
    expect(await page.content()).not.toContain(deal.id);
    await signOut(page);

    await signInAs(page, PEOPLE.director);
    search = searchBox(page, "cs");
    await search.box.fill(deal.title);
    const deals = search.results.getByRole("group", { name: "Obchody" });
    await expect(deals.getByRole("option")).toHaveCount(1);
    await expect(deals.getByRole("option")).toContainText(deal.title);
    await search.box.press("Enter");
    await expect(page).toHaveURL(`/deals/${deal.id}`);
    await expect(page.getByRole("heading", { level: 1, name: deal.title })).toBeVisible();
  });

  test("[SEARCH]: / puts the cursor in the box from anywhere, but stays a character in a text field", async ({
    page,
  }) => {
    await signInAs(page, PEOPLE.ivanova);
    await page.goto("/clients");
    const { box } = searchBox(page, "ru");
    const listSearch = page.getByRole("searchbox", { name: "Поиск компаний" });
    await expect(listSearch).toBeVisible();

    await page.locator("body").press("/");
    await expect(box).toBeFocused();
    await expect(box).toHaveValue("");

    await listSearch.click();
    await listSearch.press("/");
    await expect(listSearch).toBeFocused();
    await expect(listSearch).toHaveValue("/");
    await expect(box).toHaveValue("");

    // One character is not yet a search: the box says how many it needs.
    await box.focus();
    await box.fill("a");
    await expect(
      page.getByRole("status").filter({ hasText: "Введите не меньше 2 символов." }),
    ).toBeVisible();
  });
});

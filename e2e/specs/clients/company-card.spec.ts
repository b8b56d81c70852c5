import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import {
  findEmployee,
  findOwnCompany,
  PEOPLE,
  readCompanyNumber,
  signInAs,
} from "./clients-fixtures";

test.afterAll(disconnectE2eDb);

test.describe("company card", () => {
  test("[CLIENTS]: rep searches, opens a company card and edits a custom field", async ({
    page,
  }) => {
    // Olga Ivanova reads Russian; the company is one of hers, which a sales rep may edit.
    await signInAs(page, PEOPLE.ivanova);
    const company = await findOwnCompany(PEOPLE.ivanova);

    await page.getByRole("link", { name: "Клиенты" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Клиенты" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Поиск компаний" }).fill(company.name);

    // The search is kept in the address, so the list can be shared.
    await expect(page).toHaveURL(
      new RegExp(`[?&]q=${encodeURIComponent(company.name).replace(/%20/g, "\\+")}`),
    );
    const row = page.getByRole("link", { name: company.name }).first();
    await expect(page.locator(`a[href="/clients/companies/${company.id}"]`)).toBeVisible();
    await expect(row).toBeVisible();
    await page.locator(`a[href="/clients/companies/${company.id}"]`).click();

    await expect(page.getByRole("heading", { level: 1, name: company.name })).toBeVisible();
    await expect(page).toHaveTitle(`${company.name} · Charter`);
    // Her deals and the history of calls, meetings, notes and e-mails sit on the same card.
    const deals = page.getByRole("region", { name: "Сделки" });
    await expect(deals.getByRole("row").nth(1)).toBeVisible();
    const history = page.getByRole("region", { name: "История" });
    await expect(history.getByRole("listitem").first()).toBeVisible();
    await page.getByRole("button", { name: "Изменить" }).click();

    // A number as a Russian reader writes it: a space between thousands, a decimal comma.
    const employees = page.getByLabel("Employees");
    await employees.fill("1 250,5");
    await page.getByRole("button", { name: "Сохранить изменения" }).click();

    await expect(page.getByText("Изменения сохранены.")).toBeVisible();
    const main = page.getByRole("region", { name: "Main" });
    await expect(main.getByText(/1\s250,5/)).toBeVisible();
    expect(await readCompanyNumber(company.id, "employees")).toBe("1250.5");
  });

  test("[CLIENTS]: a stale edit shows the conflict message and offers the latest version", async ({
    page,
  }) => {
    // Eva Horáková reads Czech; someone else saves the company while she is editing it.
    await signInAs(page, PEOPLE.horakova);
    const company = await findOwnCompany(PEOPLE.horakova);
    await page.goto(`/clients/companies/${company.id}`);
    await page.getByRole("button", { name: "Upravit" }).click();
    await page.getByLabel("Telefon").fill("+420 777 000 111");

    await getE2eDb().company.update({
      where: { id: company.id },
      data: { phone: "+420 600 600 600", version: { increment: 1 } },
    });
    await page.getByRole("button", { name: "Uložit změny" }).click();

    // The API's own sentence, said in Czech, names the kind of record it speaks of.
    const alert = page
      .getByRole("alert")
      .filter({ hasText: "Někdo tento záznam (firma) mezitím změnil" });
    await expect(alert).toBeVisible();
    const stored = await getE2eDb().company.findUniqueOrThrow({ where: { id: company.id } });
    expect(stored.phone).toBe("+420 600 600 600");

    await alert.getByRole("button", { name: "Načíst nejnovější verzi" }).click();

    await expect(page.getByText("Toto je nejnovější verze.")).toBeVisible();
    await expect(page.getByLabel("Telefon")).toHaveValue("+420 600 600 600");
  });

  test("[CLIENTS]: a director hands a company to another rep, choosing her by keyboard", async ({
    page,
  }) => {
    await signInAs(page, PEOPLE.director);
    const company = await findOwnCompany(PEOPLE.ivanova);
    await page.goto(`/clients/companies/${company.id}`);
    await page.getByRole("button", { name: "Změnit odpovědnou osobu" }).click();

    const dialog = page.getByRole("dialog", { name: "Změna odpovědné osoby" });
    const picker = dialog.getByRole("combobox", { name: "Nová odpovědná osoba" });
    await expect(picker).toBeFocused();
    await picker.fill("Horák");
    await expect(dialog.getByRole("option", { name: /Eva Horáková/ })).toBeVisible();
    await picker.press("ArrowDown");
    await picker.press("Enter");
    await expect(picker).toHaveValue("Eva Horáková");
    await dialog.getByRole("button", { name: "Předat" }).click();

    await expect(dialog).toHaveCount(0);
    await expect(page.getByText("Odpovědnou osobou je nyní Eva Horáková.")).toBeVisible();
    await expect(page.getByText("Odpovědná osoba: Eva Horáková")).toBeVisible();
    const stored = await getE2eDb().company.findUniqueOrThrow({
      where: { id: company.id },
      include: { responsible: true },
    });
    expect(stored.responsible.name).toBe("Eva Horáková");
  });

  test("[CLIENTS]: the card shows the company's tasks, the rep's reminders and its documents; she adds a reminder there (H2, H3, I1)", async ({
    page,
  }) => {
    const company = await findOwnCompany(PEOPLE.ivanova);
    const ivanova = await findEmployee(PEOPLE.ivanova, "charter-b2b");
    const db = getE2eDb();
    const stamp = Date.now().toString(36);
    const owned = {
      projectId: company.projectId,
      responsibleId: ivanova.id,
      companyId: company.id,
    };
    const task = await db.task.create({
      data: { ...owned, title: `Prepare the offer ${stamp}`, assigneeId: ivanova.id },
    });
    const document = await db.document.create({
      data: { ...owned, kind: "offer", title: `Offer ${stamp}`, bodyHtml: "<p>Offer</p>" },
    });

    await signInAs(page, PEOPLE.ivanova);
    await page.goto(`/clients/companies/${company.id}`);
    await expect(page.getByRole("heading", { level: 1, name: company.name })).toBeVisible();

    const tasks = page.getByRole("region", { name: "Задачи" });
    await expect(tasks.getByRole("link", { name: task.title })).toHaveAttribute(
      "href",
      `/tasks/${task.id}`,
    );
    const documents = page.getByRole("region", { name: "Документы" });
    await expect(documents.getByRole("button", { name: document.title })).toBeVisible();

    const reminders = page.getByRole("region", { name: "Напоминания" });
    await reminders.getByRole("button", { name: "Добавить напоминание" }).click();
    await reminders.getByLabel("О чём напомнить").fill(`Call back ${stamp}`);
    await reminders.getByRole("button", { name: "Добавить напоминание" }).click();
    await expect(reminders.getByText(`Call back ${stamp}`)).toBeVisible();
    await expect
      .poll(() =>
        db.reminder.count({ where: { companyId: company.id, title: `Call back ${stamp}` } }),
      )
      .toBe(1);
  });
});

import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { findEmployee, PEOPLE, signInAs, toLocalInput, uniqueLabel } from "./tasks-fixtures";

test.afterAll(disconnectE2eDb);

test.describe("tasks", () => {
  test("[TASKS]: rep creates a task, completes it, and it leaves the open list", async ({
    page,
  }) => {
    // Eva Horáková reads Czech.
    await signInAs(page, PEOPLE.horakova);
    const horakova = await findEmployee(PEOPLE.horakova);
    const title = uniqueLabel("Zavolat zpět kvůli nabídce");
    const due = new Date(Date.now() + 26 * 3_600_000);
    due.setMinutes(0, 0, 0);

    await page.getByRole("link", { name: "Úkoly" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Úkoly" })).toBeVisible();
    await expect(page.getByRole("tab", { name: "Moje úkoly" })).toHaveAttribute(
      "aria-selected",
      "true",
    );

    await page.getByRole("button", { name: "Nový úkol" }).click();
    const dialog = page.getByRole("dialog", { name: "Nový úkol" });
    // She does the task herself unless she picks a colleague from the directory.
    await expect(dialog.getByLabel("Řešitel")).toHaveValue("Eva Horáková");
    await dialog.getByRole("button", { name: "Vytvořit úkol" }).click();
    await expect(dialog.getByText("Vyplňte toto pole.")).toBeVisible();
    await dialog.getByLabel("Název").fill(title);
    await dialog.getByLabel("Termín").fill(toLocalInput(due));
    await dialog.getByRole("button", { name: "Vytvořit úkol" }).click();

    await expect(dialog).toBeHidden();
    const link = page.getByRole("link", { name: title });
    await expect(link).toBeVisible();
    const stored = await getE2eDb().task.findFirstOrThrow({ where: { title } });
    expect(stored).toMatchObject({ status: "open", assigneeId: horakova.id });
    expect(stored.dueAt?.getTime()).toBe(due.getTime());

    await page.getByRole("button", { name: `Hotovo: ${title}` }).click();
    // Optimistic: the row leaves the open list at once, and the server agrees.
    await expect(link).toBeHidden();
    await expect(page.getByText(`„${title}“ je hotový.`)).toBeVisible();
    await expect
      .poll(
        async () => (await getE2eDb().task.findUniqueOrThrow({ where: { id: stored.id } })).status,
      )
      .toBe("done");

    // The filter lives in the URL: done tasks show it, Back returns to the open list.
    await page.getByLabel("Stav").selectOption("done");
    await expect(page).toHaveURL(/[?&]status=done/);
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
    await expect(row.getByText("Hotový")).toBeVisible();
    await expect(row.getByRole("button", { name: `Znovu otevřít: ${title}` })).toBeVisible();
    await page.goBack();
    await expect(page).not.toHaveURL(/status=/);
    await expect(page.getByLabel("Stav")).toHaveValue("open");
    await expect(page.getByRole("link", { name: title })).toBeHidden();
  });
});

test.describe("tasks, when the server refuses", () => {
  test("[TASKS]: a refused completion puts the task back and says why", async ({ page }) => {
    await signInAs(page, PEOPLE.horakova);
    const horakova = await findEmployee(PEOPLE.horakova);
    const task = await getE2eDb().task.create({
      data: {
        projectId: horakova.projectId,
        title: uniqueLabel("Poslat ceník"),
        responsibleId: horakova.id,
        assigneeId: horakova.id,
        directionId: horakova.directionId,
      },
    });
    await page.goto("/tasks");
    const link = page.getByRole("link", { name: task.title });
    await expect(link).toBeVisible();

    // Someone else changes the task while it is on her screen.
    await getE2eDb().task.update({
      where: { id: task.id },
      data: { description: "Upraveno kolegou", version: { increment: 1 } },
    });
    await page.getByRole("button", { name: `Hotovo: ${task.title}` }).click();

    await expect(page.getByText(`„${task.title}“ se nezměnil: Někdo tento záznam`)).toBeVisible();
    await expect(link).toBeVisible();
    const stored = await getE2eDb().task.findUniqueOrThrow({ where: { id: task.id } });
    expect(stored.status).toBe("open");
  });
});

test.describe("a task's links", () => {
  test("[TASKS]: a task names the records it hangs on, and one out of the reader's reach not at all (D7)", async ({
    page,
  }) => {
    const db = getE2eDb();
    const horakova = await findEmployee(PEOPLE.horakova);
    const ivanova = await findEmployee(PEOPLE.ivanova);
    // Her own company she may see; a colleague of another team's deal she may not.
    const company = await db.company.findFirstOrThrow({
      where: { responsibleId: horakova.id },
      orderBy: { id: "asc" },
    });
    const hiddenDeal = await db.deal.findFirstOrThrow({
      where: { responsibleId: ivanova.id },
      orderBy: { id: "asc" },
    });
    const task = await db.task.create({
      data: {
        projectId: horakova.projectId,
        title: uniqueLabel("Zavolat kvůli smlouvě"),
        responsibleId: horakova.id,
        assigneeId: horakova.id,
        directionId: horakova.directionId,
        companyId: company.id,
        dealId: hiddenDeal.id,
      },
    });
    await signInAs(page, PEOPLE.horakova);
    await page.goto(`/tasks/${task.id}`);
    await expect(page.getByRole("heading", { level: 1, name: task.title })).toBeVisible();

    const linked = page.getByRole("list").filter({ hasText: "Firma:" });
    await expect(linked.getByRole("link", { name: company.name })).toHaveAttribute(
      "href",
      `/clients/companies/${company.id}`,
    );
    // The deal she may not see is not there at all: no name, no link, not even a word.
    await expect(linked).not.toContainText("Obchod");
    await expect(page.getByText(hiddenDeal.title)).toBeHidden();
    await expect(page.locator(`a[href="/deals/${hiddenDeal.id}"]`)).toHaveCount(0);
  });
});

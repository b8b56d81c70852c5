import { getE2eDb, disconnectE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import {
  createDealFor,
  createJuniorRep,
  createDeal,
  opportunityStages,
  PEOPLE,
  seededUser,
  signInAs,
  uniqueTitle,
} from "./deals-fixtures";

test.afterAll(disconnectE2eDb);

test.describe("the deals board", () => {
  test("[DEALS]: rep moves a deal through stages on the board and logs a call", async ({
    page,
  }) => {
    const { byKey } = await opportunityStages();
    const title = uniqueTitle("Насосы");
    const { deal } = await createDealFor(PEOPLE.ivanova, {
      title,
      stageKey: "qualification",
      withCompany: true,
    });
    await signInAs(page, seededUser(PEOPLE.ivanova));

    // The board, narrowed to this deal by a search kept in the URL.
    await page.goto(`/deals?q=${encodeURIComponent(title)}`);
    const column = (name: string) => page.getByRole("region", { name, exact: true });
    const card = page.locator(`[data-deal-card="${deal.id}"]`);
    await expect(column("Qualification").locator(`[data-deal-card="${deal.id}"]`)).toBeVisible();

    // Dragged to the next column: it moves at once, and the server agrees.
    await card.dragTo(column("Needs analysis"));
    await expect(column("Needs analysis").locator(`[data-deal-card="${deal.id}"]`)).toBeVisible();
    await expect(page.getByText(`«${title}» переведена на этап «Needs analysis».`)).toBeVisible();
    await expect
      .poll(
        async () => (await getE2eDb().deal.findUniqueOrThrow({ where: { id: deal.id } })).stageId,
      )
      .toBe(byKey("needs_analysis").id);

    // The keyboard alternative: the card's "Move to stage" menu.
    const menuButton = page.getByRole("button", { name: `Перевести «${title}» на другой этап` });
    await menuButton.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu", { name: "Перевести на этап" });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("menuitemradio", { name: /Needs analysis/ })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    // Focus starts on the first stage; the current one is skipped.
    await page.keyboard.press("ArrowDown");
    await expect(menu.getByRole("menuitemradio", { name: /Presale/ })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(column("Presale").locator(`[data-deal-card="${deal.id}"]`)).toBeVisible();
    // The keyboard stays on the card in its new column.
    await expect(
      column("Presale").getByRole("button", { name: `Перевести «${title}» на другой этап` }),
    ).toBeFocused();
    await expect
      .poll(
        async () => (await getE2eDb().deal.findUniqueOrThrow({ where: { id: deal.id } })).stageId,
      )
      .toBe(byKey("presale").id);
    await expect(getE2eDb().dealStageChange.count({ where: { dealId: deal.id } })).resolves.toBe(3);

    // On the deal's page: its history, and a call logged in a few keystrokes.
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const history = page.getByRole("region", { name: "История этапов" });
    await expect(history.getByText("Needs analysis → Presale")).toBeVisible();
    await page.getByRole("button", { name: "Записать звонок" }).click();
    const form = page.getByRole("form", { name: "Записать звонок" });
    await form.getByLabel("Тема").fill("Обсудили сроки поставки");
    await form.getByLabel("Минуты").fill("12");
    await form.getByLabel("Заметка").fill("Клиент ждёт предложение до пятницы.");
    await form.getByRole("button", { name: "Записать" }).click();
    await expect(page.getByText("Звонок записан.")).toBeVisible();
    const activities = page.getByRole("region", { name: "Активности" });
    await expect(activities.getByText("Обсудили сроки поставки")).toBeVisible();
    await expect(activities.getByText(/12 мин/)).toBeVisible();
    const call = await getE2eDb().activity.findFirstOrThrow({ where: { dealId: deal.id } });
    expect(call).toMatchObject({
      kind: "call",
      durationMinutes: 12,
      subject: "Обсудили сроки поставки",
    });
  });

  test("[DEALS]: a move the rep's role may not make is refused and explained", async ({ page }) => {
    const { byKey } = await opportunityStages();
    const junior = await createJuniorRep();
    const title = uniqueTitle("Server racks");
    const { deal } = await createDeal({
      employeeId: junior.employee.id,
      title,
      stageKey: "qualification",
    });
    await signInAs(page, junior);
    await page.goto(`/deals?q=${encodeURIComponent(title)}`);
    const column = (name: string) => page.getByRole("region", { name, exact: true });
    const card = page.locator(`[data-deal-card="${deal.id}"]`);

    // Within the stage right: allowed.
    await card.dragTo(column("Needs analysis"));
    await expect(page.getByText(`“${title}” moved to Needs analysis.`)).toBeVisible();
    await expect
      .poll(
        async () => (await getE2eDb().deal.findUniqueOrThrow({ where: { id: deal.id } })).stageId,
      )
      .toBe(byKey("needs_analysis").id);

    // Beyond it, by dragging: the card goes back and the reason is said in plain words.
    await card.dragTo(column("Presale"));
    const refusal = page.getByRole("alert").filter({ hasText: "The deal was not moved" });
    await expect(refusal).toContainText(`“${title}” stays in Needs analysis.`);
    await expect(refusal).toContainText(
      "Your roles do not let you work on deals in “Presale”. Ask your manager to move it, or to give you access to that stage.",
    );
    await expect(column("Needs analysis").locator(`[data-deal-card="${deal.id}"]`)).toBeVisible();
    await expect(column("Presale").locator(`[data-deal-card="${deal.id}"]`)).toHaveCount(0);

    // And by keyboard, the same refusal.
    await refusal.getByRole("button", { name: "Dismiss" }).click();
    await expect(refusal).toHaveCount(0);
    await page.getByRole("button", { name: `Move “${title}” to another stage` }).focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu", { name: "Move to stage" });
    await page.keyboard.press("End");
    await expect(menu.getByRole("menuitemradio", { name: /Closed lost/ })).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(menu.getByRole("menuitemradio", { name: /Closed won/ })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(refusal).toContainText("Your roles do not let you work on deals in “Closed won”.");
    await expect(column("Needs analysis").locator(`[data-deal-card="${deal.id}"]`)).toBeVisible();

    const stored = await getE2eDb().deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(stored.stageId).toBe(byKey("needs_analysis").id);
    await expect(getE2eDb().dealStageChange.count({ where: { dealId: deal.id } })).resolves.toBe(2);
  });
});

import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { findEmployee, PEOPLE, signInAs, uniqueLabel } from "./tasks-fixtures";

test.afterAll(disconnectE2eDb);

/** A meeting of Ivanova's at a local time, on one of her own companies. */
async function addMeeting(subject: string, occurredAt: Date) {
  const ivanova = await findEmployee(PEOPLE.ivanova);
  const company = await getE2eDb().company.findFirstOrThrow({
    where: { responsibleId: ivanova.id },
    orderBy: { id: "asc" },
  });
  return getE2eDb().activity.create({
    data: {
      projectId: ivanova.projectId,
      kind: "meeting",
      subject,
      occurredAt,
      durationMinutes: 45,
      companyId: company.id,
      responsibleId: ivanova.id,
      directionId: ivanova.directionId,
    },
  });
}

test.describe("calendar", () => {
  test("[TASKS]: calendar shows this month's meetings", async ({ page }) => {
    // Olga Ivanova reads Russian, where the week starts on Monday.
    const now = new Date();
    const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 11, 0);
    // Another day of this month: the 1st, or the 28th when today is the 1st.
    const other = new Date(now.getFullYear(), now.getMonth(), now.getDate() === 1 ? 28 : 1, 9, 30);
    const nextMonth = new Date(now.getFullYear(), now.getMonth() + 1, 15, 14, 0);
    const todays = await addMeeting(uniqueLabel("Обсуждение договора"), today);
    const earlier = await addMeeting(uniqueLabel("Демонстрация продукта"), other);
    const later = await addMeeting(uniqueLabel("Встреча в следующем месяце"), nextMonth);

    await signInAs(page, PEOPLE.ivanova);
    await page.goto("/tasks");
    await page.getByRole("link", { name: "Календарь" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Календарь" })).toBeVisible();

    const monthTitle = new Intl.DateTimeFormat("ru-RU", { month: "long", year: "numeric" }).format(
      now,
    );
    const period = page.locator("#calendar-period");
    await expect(period).toHaveText(new RegExp(monthTitle, "i"));
    const grid = page.getByRole("grid");
    await expect(grid.getByRole("columnheader").first()).toHaveText("Пн");
    await expect(grid).toContainText(todays.subject);
    await expect(grid).not.toContainText(later.subject);

    // The keyboard: today's cell holds the focus, Enter opens its entries.
    const todayCell = grid.locator('[aria-current="date"]');
    await expect(todayCell).toHaveAttribute("tabindex", "0");
    await todayCell.focus();
    await page.keyboard.press("Enter");
    const agenda = page.getByRole("region", { name: /\d{4}/ });
    await expect(agenda.getByRole("heading")).toBeFocused();
    await expect(agenda).toContainText(todays.subject);
    await expect(agenda).toContainText("Встреча");

    // The other day's meeting is in its day's entries (a full cell shows "ещё N" for the rest).
    const pad = (value: number) => String(value).padStart(2, "0");
    const otherKey = `${other.getFullYear()}-${pad(other.getMonth() + 1)}-${pad(other.getDate())}`;
    await grid.locator(`[data-day="${otherKey}"]`).dblclick();
    await expect(page.getByRole("region", { name: /\d{4}/ })).toContainText(earlier.subject);

    // Page Down moves a month on: the address follows, next month's meeting shows.
    await todayCell.focus();
    await page.keyboard.press("PageDown");
    await expect(page).toHaveURL(/[?&]date=\d{4}-\d{2}-\d{2}/);
    const nextTitle = new Intl.DateTimeFormat("ru-RU", { month: "long", year: "numeric" }).format(
      nextMonth,
    );
    await expect(period).toHaveText(new RegExp(nextTitle, "i"));
    await expect(grid).toContainText(later.subject);

    // The week view of today shows today's meeting with its time.
    await page.getByRole("button", { name: "Сегодня" }).click();
    await expect(page).not.toHaveURL(/date=/);
    await page.getByRole("button", { name: "Неделя" }).click();
    await expect(page).toHaveURL(/[?&]view=week/);
    await expect(grid.getByRole("row")).toHaveCount(2);
    await expect(grid).toContainText(todays.subject);
    await expect(grid).toContainText("11:00");
  });
});

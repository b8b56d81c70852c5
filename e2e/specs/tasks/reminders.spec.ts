import type { Page } from "@playwright/test";

import { createE2eMember, disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { signInThroughForm } from "../../support/sign-in";
import { expect, test } from "../../support/test";
import { uniqueLabel } from "./tasks-fixtures";

test.afterAll(disconnectE2eDb);

const HOUR_MS = 3_600_000;

/** A fresh English-reading member, so the seeded people's reminders stay as they are. */
async function createMember(name: string, reminderIntervalMinutes: number | null) {
  const member = await createE2eMember({ name });
  await getE2eDb().employee.update({
    where: { id: member.employee.id },
    data: { reminderIntervalMinutes },
  });
  return member;
}

async function addDueReminder(member: Awaited<ReturnType<typeof createMember>>, title: string) {
  return getE2eDb().reminder.create({
    data: {
      projectId: member.project.id,
      responsibleId: member.employee.id,
      title,
      remindAt: new Date(Date.now() - HOUR_MS),
    },
  });
}

/** Loads the page and waits for the pop-up's question to the server to be answered. */
async function reloadAndWaitForDue(page: Page) {
  const answered = page.waitForResponse((response) => response.url().includes("reminders.due"));
  await page.reload();
  await answered;
}

test.describe("reminder pop-up", () => {
  test("[TASKS]: a due reminder pops up for a user with an interval and stops once resolved", async ({
    page,
  }) => {
    const member = await createMember("Rita Reminder", 30);
    const first = await addDueReminder(member, uniqueLabel("Call the buyer back"));

    await signInThroughForm(page, member);
    const popup = page.getByRole("dialog", { name: "Due now: 1" });
    await expect(popup).toBeVisible();
    await expect(popup).toContainText(first.title);
    await expect(popup).toContainText("comes back every 30 min");
    // It never takes the page: the reader keeps working beside it.
    await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();

    // Snoozed, it stays away, after a reload too…
    await popup.getByRole("button", { name: "Remind me in 30 min" }).click();
    await expect(popup).toBeHidden();
    await reloadAndWaitForDue(page);
    await expect(page.getByRole("dialog", { name: /Due now/ })).toBeHidden();

    // …until something new falls due, which was never snoozed.
    const second = await addDueReminder(member, uniqueLabel("Send the signed contract"));
    await reloadAndWaitForDue(page);
    const both = page.getByRole("dialog", { name: "Due now: 2" });
    await expect(both).toBeVisible();

    await both.getByRole("button", { name: `Resolve: ${first.title}` }).click();
    await expect(page.getByRole("dialog", { name: "Due now: 1" })).toContainText(second.title);
    await page.getByRole("button", { name: `Resolve: ${second.title}` }).click();
    await expect(page.getByRole("dialog", { name: /Due now/ })).toBeHidden();

    // The pop-up lets go at once; the server's answer follows.
    await expect
      .poll(async () =>
        (await getE2eDb().reminder.findMany({ where: { id: { in: [first.id, second.id] } } })).map(
          (reminder) => reminder.resolvedAt !== null,
        ),
      )
      .toEqual([true, true]);
    // Resolved, nothing brings it back.
    await reloadAndWaitForDue(page);
    await expect(page.getByRole("dialog", { name: /Due now/ })).toBeHidden();
  });

  test("[TASKS]: without a reminder interval the pop-up never shows", async ({ page }) => {
    const member = await createMember("Otto Offline", null);
    await addDueReminder(member, uniqueLabel("Check the delivery"));

    const answered = page.waitForResponse((response) => response.url().includes("reminders.due"));
    await signInThroughForm(page, member);
    await answered;
    await expect(page.getByTestId("employee-name")).toHaveText("Otto Offline");
    await expect(page.getByRole("dialog", { name: /Due now/ })).toBeHidden();
  });
});

import type { APIRequestContext, Locator, Page } from "@playwright/test";

import { getE2eDb } from "../../support/e2e-db";
import { readSeededUsers, type TSeededUser } from "../../support/seeded-users";
import { signInThroughForm } from "../../support/sign-in";
import { expect } from "../../support/test";

// Seeded people of the demo company (packages/db seed) and the language each one reads.
export const PEOPLE = {
  /** Director, Czech: every deal and activity of the B2B project, every filter list. */
  director: "director@demo.charter.test",
  /** Sales representative, Russian: her own deals; no settings lists, so no org filters. */
  ivanova: "ivanova@demo.charter.test",
  /** Sales representative in Brno, Czech: outside Olga Ivanova's reach. */
  horakova: "horakova@demo.charter.test",
  /** Telephonist, Czech: his own deals, their amounts hidden by a field rule. */
  cerny: "cerny@demo.charter.test",
  /** Read-only admin (crm_read_admin), English: reads everything, settings lists included. */
  auditor: "auditor@demo.charter.test",
} as const;

export async function signInAs(page: Page, email: string): Promise<TSeededUser> {
  const user = readSeededUsers().find((candidate) => candidate.email === email);
  if (!user) throw new Error(`The seed has no user ${email}.`);
  await signInThroughForm(page, user);
  await expect(page.getByTestId("employee-name")).toHaveText(user.name);
  return user;
}

/**
 * An open deal of this person's in a stage of the seeded opportunities pipeline, expected to
 * close in a month, with the history entry its creation would have written.
 */
export async function createOpenDeal(options: {
  email: string;
  title: string;
  stageKey: string;
  amount: string;
  currency: string;
}) {
  const db = getE2eDb();
  const project = await db.project.findFirstOrThrow({ where: { slug: "charter-b2b" } });
  const employee = await db.employee.findFirstOrThrow({
    where: { user: { email: options.email }, projectId: project.id },
  });
  const stage = await db.stage.findFirstOrThrow({
    where: { key: options.stageKey, pipeline: { projectId: project.id, key: "opportunities" } },
  });
  const deal = await db.deal.create({
    data: {
      projectId: project.id,
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      title: options.title,
      amount: options.amount,
      currency: options.currency,
      status: "open",
      expectedCloseAt: new Date(Date.now() + 30 * 86_400_000),
      responsibleId: employee.id,
      departmentId: employee.departmentId,
      directionId: employee.directionId,
    },
  });
  await db.dealStageChange.create({
    data: { dealId: deal.id, toStageId: stage.id, changedById: employee.id },
  });
  return deal;
}

/** A query of the app's own API, as the signed-in browser would send it (tRPC over GET). */
export async function queryApi<T>(
  request: APIRequestContext,
  path: string,
  input: unknown,
): Promise<T> {
  const response = await request.get(
    `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
  );
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { result: { data: { json: T } } };
  return body.result.data.json;
}

/** The figures a chart's bars stand for, in the chart's order. */
export async function readBarCounts(chart: Locator): Promise<number[]> {
  const bars = chart.getByRole("button");
  await expect(bars.first()).toBeVisible();
  return (await readAttributes(bars, "data-count")).map(Number);
}

/** One attribute of every element a locator finds, in document order. */
export async function readAttributes(locator: Locator, name: string): Promise<string[]> {
  const elements = await locator.all();
  return Promise.all(elements.map(async (element) => (await element.getAttribute(name)) ?? ""));
}

/** Pages through the list behind a figure until all of it is on screen. */
export async function loadWholeList(
  dialog: Locator,
  rows: Locator,
  loadMore: string,
): Promise<void> {
  const button = dialog.getByRole("button", { name: loadMore });
  while (await button.isVisible()) {
    const shown = await rows.count();
    await button.click();
    await expect.poll(() => rows.count()).toBeGreaterThan(shown);
  }
}

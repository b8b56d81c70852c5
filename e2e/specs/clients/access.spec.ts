import { disconnectE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import {
  findB2cCompany,
  findKeyAccountCompany,
  PEOPLE,
  signInAs,
  signOut,
} from "./clients-fixtures";

test.afterAll(disconnectE2eDb);

test.describe("who sees what on the client card", () => {
  test("[CLIENTS]: a hidden section never appears for an outsider, even through a direct URL", async ({
    page,
  }) => {
    const { company, strategy } = await findKeyAccountCompany();

    // Olga Ivanova is in the Key accounts group: she sees the section and its value.
    await signInAs(page, PEOPLE.ivanova);
    await page.goto(`/clients/companies/${company.id}`);
    const section = page.getByRole("region", { name: "Key account strategy" });
    await expect(section).toBeVisible();
    await expect(section.getByText(strategy)).toBeVisible();
    await signOut(page);

    // Tomáš Černý (telephonist) reads every company but is not in the group.
    await signInAs(page, PEOPLE.cerny);
    const response = await page.goto(`/clients/companies/${company.id}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: company.name })).toBeVisible();
    await expect(page.getByRole("region", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Key account strategy" })).toHaveCount(0);
    await expect(page.getByText(strategy)).toHaveCount(0);
    // Not in the page's data either: the server never sent it.
    expect(await page.content()).not.toContain(strategy);
    // He may not edit the company, so the card offers no changes.
    await expect(page.getByRole("button", { name: "Upravit" })).toHaveCount(0);
  });

  test("[CLIENTS]: a company outside a rep's reach is a 404 through a direct URL", async ({
    page,
  }) => {
    // The B2C division's companies are outside Olga Ivanova's reach (she works in B2B only).
    const outside = await findB2cCompany();
    await signInAs(page, PEOPLE.ivanova);

    // A search does not find it.
    await page.goto(`/clients?q=${encodeURIComponent(outside.name)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Клиенты" })).toBeVisible();
    await expect(page.getByRole("table")).not.toHaveAttribute("aria-busy", "true");
    await expect(page.locator(`a[href="/clients/companies/${outside.id}"]`)).toHaveCount(0);

    // An id that never existed is a 404…
    const missing = await page.goto("/clients/companies/00000000-0000-4000-8000-000000000000");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();

    // …and so, exactly alike, is her direct link to a company she may not see.
    const response = await page.goto(`/clients/companies/${outside.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
    await expect(page.getByText("Такой страницы нет, или у вас нет к ней доступа.")).toBeVisible();
    expect(await page.content()).not.toContain(outside.name);
    // The shell stays, so she can go on from the navigation.
    await expect(page.getByRole("navigation", { name: "Разделы" })).toBeVisible();
  });
});

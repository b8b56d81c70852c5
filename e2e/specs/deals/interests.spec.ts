import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { PEOPLE, seededUser, signInAs, uniqueTitle } from "./deals-fixtures";

test.afterAll(disconnectE2eDb);

test("[DEALS]: a rep records an interest and converts it into a deal (G5)", async ({ page }) => {
  const title = uniqueTitle("Poptávka serverovny");
  await signInAs(page, seededUser(PEOPLE.horakova));
  await page.goto("/deals/interests");
  await expect(page.getByRole("heading", { level: 1, name: "Zájmy" })).toBeVisible();

  await page.getByRole("button", { name: "Nový zájem" }).click();
  const create = page.getByRole("dialog", { name: "Nový zájem" });
  await create.getByLabel("Název").fill(title);
  await create.getByLabel("Zdroj").fill("Veletrh Amper");
  await create.getByRole("button", { name: "Vytvořit zájem" }).click();
  await expect(create).toBeHidden();
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row.getByText("Nový", { exact: true })).toBeVisible();

  await row.getByRole("button", { name: `Převést „${title}“ na obchod` }).click();
  const convert = page.getByRole("dialog", { name: "Převést na obchod" });
  await expect(convert.getByLabel("Název")).toHaveValue(title);
  await convert.getByLabel("Částka").fill("185000");
  await convert.getByRole("button", { name: "Převést na obchod" }).click();

  // The new deal's page, linked to the interest, which is now converted.
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("185 000,00 Kč").first()).toBeVisible();
  const interest = await getE2eDb().interest.findFirstOrThrow({ where: { title } });
  expect(interest.status).toBe("converted");
  const deal = await getE2eDb().deal.findFirstOrThrow({ where: { interestId: interest.id } });
  await expect(page).toHaveURL(new RegExp(`/deals/${deal.id}$`));
});

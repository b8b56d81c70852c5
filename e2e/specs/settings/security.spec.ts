import { disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { CZECH_ADMIN, openSettings, signInAs } from "./settings-kit";

test.afterAll(disconnectE2eDb);

test.describe("security settings", () => {
  test("[SETTINGS]: admin allows an IPv6 block and removes it after confirming (E1)", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN);
    await openSettings(page, "/settings/security", "Oblasti nastavení");

    await page.getByLabel("Adresa, rozsah nebo CIDR").fill("10.0.0.300");
    await page.getByRole("button", { name: "Povolit", exact: true }).click();
    await expect(page.getByText("Zadejte jednu adresu, rozsah jako")).toBeVisible();

    await page.getByLabel("Adresa, rozsah nebo CIDR").fill("2001:db8:42::/48");
    await page.getByLabel("Popisek").fill("VPN Brno");
    await page.getByRole("button", { name: "Povolit", exact: true }).click();
    const row = page.getByRole("row", { name: /2001:db8:42::\/48/ });
    await expect(row.getByText("CIDR")).toBeVisible();
    await expect(row.getByText("IPv6")).toBeVisible();

    await row.getByRole("button", { name: "Smazat 2001:db8:42::/48" }).click();
    const confirm = page.getByRole("dialog", { name: "Přestat povolovat 2001:db8:42::/48?" });
    await expect(confirm.getByRole("button", { name: "Zrušit" })).toBeFocused();
    await confirm.getByRole("button", { name: "Smazat" }).click();
    await expect(row).toHaveCount(0);
    expect(await getE2eDb().allowedIpRange.count({ where: { label: "VPN Brno" } })).toBe(0);
  });
});

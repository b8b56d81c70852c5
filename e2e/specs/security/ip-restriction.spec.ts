import { createE2eMember, disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { signInThroughForm } from "../../support/sign-in";
import { expect, test } from "../../support/test";

test.afterAll(disconnectE2eDb);

// A project procedure (companies.count) as the browser would call it over tRPC.
const COUNT_URL = `/api/trpc/companies.count?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`;

test.describe("IP restriction", () => {
  test("[SECURITY]: an IP-restricted employee acts only from an allowed address (E1)", async ({
    page,
  }) => {
    const member = await createE2eMember({ name: "Ida Restricted", status: "ip_restricted" });
    const db = getE2eDb();
    const loopback = await db.allowedIpRange.findFirstOrThrow({
      where: { projectId: member.project.id, label: "This machine" },
    });
    await signInThroughForm(page, member);
    await expect(page.getByTestId("employee-name")).toHaveText("Ida Restricted");

    // The seed allows 127.0.0.1, where the browser connects from.
    expect((await page.request.get(COUNT_URL)).status()).toBe(200);

    await db.allowedIpRange.delete({ where: { id: loopback.id } });
    try {
      const refused = await page.request.get(COUNT_URL);
      expect(refused.status()).toBe(403);
      expect(await refused.text()).toContain("ip-restricted");

      // Claiming an allowed office address gains nothing: no proxy is trusted, and the
      // socket address cannot be forged through server.mjs's header either.
      const forged = await page.request.get(COUNT_URL, {
        headers: { "x-forwarded-for": "10.20.1.1", "x-charter-peer": "guess 10.20.1.1" },
      });
      expect(forged.status()).toBe(403);

      // Signing in again from here is refused too, with a reason the employee can act on.
      await page.context().clearCookies();
      await signInThroughForm(page, member);
      await expect(page.locator("form").getByRole("alert")).toContainText("allowed networks");
    } finally {
      await db.allowedIpRange.create({
        data: {
          id: loopback.id,
          projectId: loopback.projectId,
          label: loopback.label,
          fromIp: loopback.fromIp,
          toIp: loopback.toIp,
        },
      });
    }
  });
});

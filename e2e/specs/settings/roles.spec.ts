import type { Page } from "@playwright/test";

import { createE2eMember, disconnectE2eDb, getE2eDb } from "../../support/e2e-db";
import { expect, test } from "../../support/test";
import { CZECH_ADMIN, openSettings, signInAs, uniqueName } from "./settings-kit";

test.afterAll(disconnectE2eDb);

/** A new, empty role of the B2B project, opened on its permissions, with the condition dialog. */
async function openConditionDialog(page: Page) {
  const db = getE2eDb();
  const project = await db.project.findFirstOrThrow({ where: { slug: "charter-b2b" } });
  const role = await db.role.create({
    data: { projectId: project.id, name: uniqueName("Podmínky") },
  });
  await signInAs(page, CZECH_ADMIN);
  await openSettings(page, `/settings/roles/${role.id}`, "Oblasti nastavení");
  await expect(page.getByRole("heading", { level: 1, name: role.name })).toBeVisible();
  await page.getByRole("button", { name: "Přidat oprávnění s podmínkou" }).click();
  const dialog = page.getByRole("dialog", { name: "Přidat oprávnění s podmínkou" });
  return { db, project, role, dialog };
}

test.describe("roles", () => {
  test("[SETTINGS]: admin copies a role template, widens a cell of its matrix and gives it to an employee (D1, D2)", async ({
    page,
  }) => {
    await signInAs(page, CZECH_ADMIN);
    await openSettings(page, "/settings/roles", "Oblasti nastavení");
    const name = uniqueName("Telefonista Brno");

    await page.getByRole("button", { name: "Kopírovat roli nebo šablonu" }).click();
    const copy = page.getByRole("dialog", { name: "Kopírovat roli" });
    await copy.getByLabel("Kopírovat z").selectOption({ label: "Šablona: Telephonist" });
    await copy.getByLabel("Název kopie").fill(name);
    await copy.getByRole("button", { name: "Kopírovat" }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const cell = page.getByRole("combobox", { name: "Firmy: Smazat", exact: true });
    await cell.selectOption({ label: "Vše" });
    await expect(page.getByText("Uloženo: Firmy, Smazat: Vše.")).toBeVisible();
    const role = await getE2eDb().role.findFirstOrThrow({
      where: { name },
      include: { grants: true },
    });
    expect(
      role.grants.some(
        (grant) =>
          grant.resource === "company" && grant.action === "delete" && grant.scope === "project",
      ),
    ).toBe(true);

    await page.getByRole("tab", { name: /Držitelé/ }).click();
    await page.getByRole("combobox", { name: "Přidělit roli" }).fill("Horáková");
    await page.getByRole("option", { name: /Eva Horáková/ }).click();
    await page.getByRole("button", { name: "Přidělit roli" }).click();
    await expect(page.getByRole("table").getByRole("link", { name: "Eva Horáková" })).toBeVisible();
    await expect(page).toHaveURL(/tab=holders/);
  });

  test("[SETTINGS]: a role held by many lists its holders 50 at a time, and Load more shows the rest (D1)", async ({
    page,
  }) => {
    const db = getE2eDb();
    const project = await db.project.findFirstOrThrow({ where: { slug: "charter-b2b" } });
    const role = await db.role.create({
      data: { projectId: project.id, name: uniqueName("Mnoho držitelů") },
    });
    const stamp = crypto.randomUUID().slice(0, 8);
    // Holders written directly and removed afterwards, so no other spec sees them.
    const userIds: string[] = [];
    try {
      for (let index = 1; index <= 51; index += 1) {
        const name = `Držitel ${stamp} ${String(index).padStart(2, "0")}`;
        const user = await db.user.create({
          data: { email: `holder-${stamp}-${index}@charter.invalid`, name, passwordHash: "-" },
        });
        userIds.push(user.id);
        const employee = await db.employee.create({
          data: {
            projectId: project.id,
            userId: user.id,
            name,
            userType: "admin",
            managerPath: "",
          },
        });
        await db.roleAssignment.create({ data: { roleId: role.id, employeeId: employee.id } });
      }
      await signInAs(page, CZECH_ADMIN);
      await openSettings(page, `/settings/roles/${role.id}?tab=holders`, "Oblasti nastavení");
      await expect(page.getByRole("tab", { name: /Držitelé/ })).toContainText("51");

      const holders = page.getByRole("table").getByRole("link", { name: new RegExp(stamp) });
      await expect(holders).toHaveCount(50);
      await expect(page.getByRole("status").filter({ hasText: "Zobrazeno 50 z 51" })).toBeVisible();
      await expect(holders.first()).toHaveText(`Držitel ${stamp} 01`);
      await page.getByRole("button", { name: "Načíst další" }).click();
      await expect(holders).toHaveCount(51);
      await expect(holders.last()).toHaveText(`Držitel ${stamp} 51`);
      await expect(page.getByText("Zobrazeno všech 51")).toBeVisible();
      await expect(page.getByRole("button", { name: "Načíst další" })).toBeHidden();
    } finally {
      await db.role.delete({ where: { id: role.id } });
      await db.employee.deleteMany({ where: { userId: { in: userIds } } });
      await db.user.deleteMany({ where: { id: { in: userIds } } });
    }
  });

  test("[SETTINGS]: admin builds a stage right from rows, and the role says it in words (D1, G6)", async ({
    page,
  }) => {
    const { db, project, role, dialog } = await openConditionDialog(page);
    await dialog.getByLabel("Co").selectOption({ label: "Obchody" });
    await dialog.getByLabel("Akce").selectOption({ label: "Upravit" });
    await dialog.getByLabel("Rozsah").selectOption({ label: "Vše" });

    // The deal's stage is one of the first two of the Opportunities pipeline…
    const first = dialog.getByRole("group", { name: "Část 1" });
    await first.getByLabel("Pole").selectOption({ label: "Fáze" });
    await first.getByLabel("Porovnání").selectOption({ label: "je jedno z" });
    const opportunities = first.getByRole("group", { name: "Opportunities" });
    await opportunities.getByRole("checkbox", { name: "Qualification" }).check();
    await opportunities.getByRole("checkbox", { name: "Needs analysis" }).check();

    // …and the deal is the holder's own: a second part, focused as it appears.
    await dialog.getByRole("button", { name: "Přidat část" }).click();
    const second = dialog.getByRole("group", { name: "Část 2" });
    await expect(second.getByLabel("Pole")).toBeFocused();
    await second.getByLabel("Pole").selectOption({ label: "Odpovědná osoba" });
    await second.getByLabel("Hodnota").selectOption({ label: "držitel oprávnění ($me)" });
    await expect(dialog.getByLabel("Záznamy, pro které")).toHaveValue("all");
    await dialog.getByRole("button", { name: "Vytvořit" }).click();
    await expect(dialog).toBeHidden();

    const rights = page.getByRole("region", { name: "Oprávnění s podmínkou" });
    await expect(rights.getByText("Obchody · Upravit · Vše")).toBeVisible();
    await expect(
      rights.getByText(
        "fáze je jedno z Qualification (Opportunities), Needs analysis (Opportunities) a odpovědná osoba je držitel oprávnění",
      ),
    ).toBeVisible();

    const stages = await db.stage.findMany({
      where: { pipeline: { projectId: project.id, key: "opportunities" } },
    });
    const stageId = (key: string) => stages.find((stage) => stage.key === key)?.id;
    const grants = await db.grant.findMany({ where: { roleId: role.id } });
    expect(
      grants.map(({ resource, action, scope, condition }) => ({
        resource,
        action,
        scope,
        condition,
      })),
    ).toEqual([
      {
        resource: "deal",
        action: "edit",
        scope: "project",
        condition: {
          op: "and",
          args: [
            {
              op: "in",
              path: "stageId",
              values: [stageId("qualification"), stageId("needs_analysis")],
            },
            { op: "eq", path: "responsibleId", value: "$me" },
          ],
        },
      },
    ]);
  });

  test("[SETTINGS]: a condition typed as JSON stays JSON where rows cannot show it, and the engine's refusal shows beside it (D1)", async ({
    page,
  }) => {
    const { db, role, dialog } = await openConditionDialog(page);
    const asJson = dialog.getByRole("button", { name: "Upravit jako JSON" });
    const json = dialog.getByLabel("Podmínka (JSON)");

    await asJson.click();
    await expect(asJson).toHaveAttribute("aria-pressed", "true");
    await expect(json).toHaveValue(/"path": "responsibleId"/);

    // "not" has no row: turning JSON off keeps it, and says why.
    await json.fill('{ "op": "not", "arg": { "op": "eq", "path": "isPartner", "value": true } }');
    await asJson.click();
    await expect(dialog.getByRole("status")).toContainText("používá „not“");
    await expect(asJson).toHaveAttribute("aria-pressed", "true");

    // A path companies do not have: the engine refuses it, beside the JSON, and nothing is saved.
    await json.fill('{ "op": "eq", "path": "owner", "value": "$me" }');
    await dialog.getByRole("button", { name: "Vytvořit" }).click();
    await expect(
      dialog.getByText(/Server tuto část odmítl: condition\.path: Unknown path "owner" on company/),
    ).toBeVisible();
    await expect(json).toHaveAttribute("aria-invalid", "true");
    expect(await db.grant.count({ where: { roleId: role.id } })).toBe(0);

    // JSON rows can show opens as rows, and saves.
    await json.fill(
      '{ "op": "or", "args": [{ "op": "eq", "path": "isPartner", "value": true }, { "op": "eq", "path": "responsibleId", "value": "$me" }] }',
    );
    await asJson.click();
    await expect(asJson).toHaveAttribute("aria-pressed", "false");
    await expect(dialog.getByLabel("Záznamy, pro které")).toHaveValue("any");
    await expect(dialog.getByRole("group", { name: "Část 1" }).getByLabel("Pole")).toHaveValue(
      "isPartner",
    );
    await dialog.getByRole("button", { name: "Vytvořit" }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText("je partnerská firma je ano nebo odpovědná osoba je držitel oprávnění"),
    ).toBeVisible();
  });

  test("[SETTINGS]: admin denies an employee deleting deals that are won or large, built from rows, and the override says it in words (D4)", async ({
    page,
  }) => {
    const member = await createE2eMember({ name: uniqueName("Dana Výjimková") });
    const name = member.employee.name;
    await signInAs(page, CZECH_ADMIN);
    await openSettings(page, `/settings/employees/${member.employee.id}`, "Oblasti nastavení");
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const overrides = page.getByRole("region", { name: "Osobní výjimky" });
    await overrides.getByRole("button", { name: "Přidat výjimku" }).click();
    const dialog = page.getByRole("dialog", { name: `Výjimka pro ${name}` });

    await expect(dialog.getByLabel("Účinek")).toHaveValue("deny");
    await dialog.getByLabel("Co").selectOption({ label: "Obchody" });
    await dialog.getByLabel("Akce").selectOption({ label: "Smazat" });
    // An override's condition is optional: none until a part is added.
    await expect(dialog.getByText("Bez podmínky: platí pro všechny záznamy.")).toBeVisible();

    // A new part starts as "the responsible is this employee": $me is the override's employee.
    await dialog.getByRole("button", { name: "Přidat část" }).click();
    const first = dialog.getByRole("group", { name: "Část 1" });
    await expect(first.getByLabel("Pole")).toBeFocused();
    await expect(first.getByLabel("Hodnota").locator("option:checked")).toHaveText(
      "tento zaměstnanec ($me)",
    );
    await first.getByLabel("Pole").selectOption({ label: "Stav" });
    await first.getByLabel("Hodnota").selectOption({ label: "Vyhraný" });

    await dialog.getByRole("button", { name: "Přidat část" }).click();
    const second = dialog.getByRole("group", { name: "Část 2" });
    await second.getByLabel("Pole").selectOption({ label: "Částka" });
    await second.getByLabel("Porovnání").selectOption({ label: "je alespoň" });
    // A part without its value is named before anything is sent.
    await dialog.getByRole("button", { name: "Vytvořit" }).click();
    await expect(second.getByText("Vyberte hodnotu.")).toBeVisible();
    await second.getByLabel("Hodnota").fill("100000");
    await dialog.getByLabel("Záznamy, pro které").selectOption({ label: "platí cokoli z toho" });
    await dialog.getByRole("button", { name: "Vytvořit" }).click();
    await expect(dialog).toBeHidden();

    const listed = overrides.getByRole("listitem");
    await expect(listed).toHaveCount(1);
    await expect(listed.getByText("Zakázat")).toBeVisible();
    await expect(listed.getByText("Obchody · Smazat")).toBeVisible();
    await expect(listed.getByText(/stav je vyhraný nebo částka je alespoň 100\s000/)).toBeVisible();

    const stored = await getE2eDb().permissionOverride.findMany({
      where: { employeeId: member.employee.id },
    });
    expect(
      stored.map(({ resource, action, effect, condition }) => ({
        resource,
        action,
        effect,
        condition,
      })),
    ).toEqual([
      {
        resource: "deal",
        action: "delete",
        effect: "deny",
        condition: {
          op: "or",
          args: [
            { op: "eq", path: "status", value: "won" },
            { op: "gte", path: "amount", value: 100000 },
          ],
        },
      },
    ]);
  });
});

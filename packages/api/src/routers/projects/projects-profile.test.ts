import { describe, expect, it } from "vitest";

import type { TCompanyRegister } from "../../domain/projects/company-register/company-register";
import { createOfflineCompanyRegister } from "../../domain/projects/company-register/offline-company-register";
import { appRouter } from "../../root";
import {
  callerFor,
  createPersonaContext,
  findPersona,
  useSeededDatabase,
} from "../../testing/personas";
import { createCallerFactory } from "../../trpc";
import { callProjectsOverHttp } from "./projects-test-kit";

const getDb = useSeededDatabase();

async function b2bProfile() {
  const admin = await findPersona(getDb(), "admin");
  return getDb().project.findUniqueOrThrow({ where: { id: admin.projectId } });
}

/** A profile save over HTTP by the Admin; answers the flattened field errors. */
async function saveOverHttp(input: Record<string, unknown>) {
  const context = await createPersonaContext(getDb(), "admin");
  const { version } = await b2bProfile();
  const { status, body } = await callProjectsOverHttp(context, "projects.profile.update", {
    version,
    ...input,
  });
  return { status, fieldErrors: body.error.json.data.zodError?.fieldErrors ?? {} };
}

// The fixture adapter tests inject; it counts the questions it is asked.
function fixtureRegister(): TCompanyRegister & { asked: string[] } {
  const register = createOfflineCompanyRegister([
    {
      registrationCountry: "cz",
      registrationNumber: "12345679",
      legalName: "Fixture Trading s.r.o.",
      vatId: "CZ12345679",
      street: "Zkušební 7",
      city: "Ostrava",
      postalCode: "702 00",
      country: "CZ",
    },
  ]);
  const asked: string[] = [];
  return {
    asked,
    lookup: (country, number) => {
      asked.push(`${country}:${number}`);
      return register.lookup(country, number);
    },
  };
}

const createCaller = createCallerFactory(appRouter);

async function adminWithRegister(register: TCompanyRegister) {
  const context = await createPersonaContext(getDb(), "admin");
  return createCaller({ ...context, companyRegister: register });
}

describe("projects: the company profile (A2)", () => {
  it("[A2] everyone in the project reads the profile, a sales rep included", async () => {
    const profile = await (await callerFor(getDb(), "ivanova")).projects.profile.get();

    expect(profile).toMatchObject({
      name: "Charter Demo B2B",
      legalName: "Charter Demo s.r.o.",
      registrationCountry: "cz",
      registrationNumber: "27074358",
      vatId: "CZ27074358",
      city: "Praha",
    });
  });

  it("[A2][E3] an update stores the normalised registration and audits before and after", async () => {
    const db = getDb();
    const before = await b2bProfile();

    const saved = await (
      await callerFor(db, "admin")
    ).projects.profile.update({
      version: before.version,
      registrationCountry: "cz",
      registrationNumber: " 6947 ",
      vatId: "cz 00006947",
      phone: "+420 222 333 444",
    });

    expect(saved).toMatchObject({
      registrationNumber: "00006947",
      vatId: "CZ00006947",
      phone: "+420 222 333 444",
      name: before.name,
      version: before.version + 1,
    });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { recordId: before.id, action: "update", resource: "settings.org" },
      orderBy: { createdAt: "desc" },
    });
    expect(entry).toMatchObject({
      before: { registrationNumber: "27074358", vatId: "CZ27074358" },
      after: { registrationNumber: "00006947", vatId: "CZ00006947" },
    });
  });

  it("[A2] a wrong IČO is refused at registrationNumber, naming the IČO, and changes nothing", async () => {
    const before = await b2bProfile();

    const { status, fieldErrors } = await saveOverHttp({
      registrationCountry: "cz",
      registrationNumber: "27074359",
      vatId: null,
      name: "Should not be saved",
    });

    expect(status).toBe(400);
    expect(fieldErrors).toEqual({
      registrationNumber: ["IČO 27074359 has a wrong check digit: the last digit should be 8."],
    });
    expect(await b2bProfile()).toEqual(before);
  });

  it("[A2] a wrong INN is refused at registrationNumber, a wrong VAT id at vatId", async () => {
    const before = await b2bProfile();

    const inn = await saveOverHttp({
      registrationCountry: "ru",
      registrationNumber: "7707083894",
      vatId: "",
    });
    const vat = await saveOverHttp({
      registrationCountry: "cz",
      registrationNumber: "27074358",
      vatId: "CZ27074359",
    });

    expect(inn.fieldErrors).toEqual({
      registrationNumber: ["INN 7707083894 has a wrong check digit: the last digit should be 3."],
    });
    expect(Object.keys(vat.fieldErrors)).toEqual(["vatId"]);
    expect(vat.fieldErrors.vatId?.[0]).toMatch(/VAT id CZ27074359 does not contain a valid IČO/);
    expect(await b2bProfile()).toEqual(before);
  });

  it("[A2] the registration is saved as a whole: a part sent alone names the missing ones", async () => {
    const { status, fieldErrors } = await saveOverHttp({ vatId: "CZ00006947" });

    expect(status).toBe(400);
    expect(Object.keys(fieldErrors).sort()).toEqual(["registrationCountry", "registrationNumber"]);
  });

  it("[A2] a Russian registration validates its INN as the VAT id; null in all three clears it", async () => {
    const caller = await callerFor(getDb(), "admin");

    const russian = await caller.projects.profile.update({
      version: (await b2bProfile()).version,
      registrationCountry: "ru",
      registrationNumber: "7707083893",
      vatId: "7707083893",
    });
    const cleared = await caller.projects.profile.update({
      version: russian.version,
      registrationCountry: null,
      registrationNumber: null,
      vatId: null,
    });

    expect(russian).toMatchObject({ registrationCountry: "ru", vatId: "7707083893" });
    expect(cleared).toMatchObject({
      registrationCountry: null,
      registrationNumber: null,
      vatId: null,
    });
  });

  it("[A2] a stale version is a CONFLICT and changes nothing", async () => {
    const caller = await callerFor(getDb(), "admin");
    const { version } = await b2bProfile();
    await caller.projects.profile.update({ version, city: "Praha 2" });
    const current = await b2bProfile();

    await expect(
      caller.projects.profile.update({ version, city: "Stale city" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await b2bProfile()).toEqual(current);
  });

  it("[A2] a sales rep may read the profile but not change it", async () => {
    const { version } = await b2bProfile();

    await expect(
      (await callerFor(getDb(), "ivanova")).projects.profile.update({ version, city: "Brno" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("projects: the company register lookup (A2)", () => {
  it("[A2] finds a company through the injected adapter, from a number typed loosely", async () => {
    const register = fixtureRegister();

    const answer = await (
      await adminWithRegister(register)
    ).projects.profile.lookupRegister({
      registrationCountry: "cz",
      registrationNumber: "1234 5679",
    });

    expect(register.asked).toEqual(["cz:12345679"]);
    expect(answer).toEqual({
      found: true,
      company: {
        legalName: "Fixture Trading s.r.o.",
        vatId: "CZ12345679",
        street: "Zkušební 7",
        city: "Ostrava",
        postalCode: "702 00",
        country: "CZ",
      },
    });
  });

  it("[A2] a valid number the register does not know is answered as not found, clearly", async () => {
    const answer = await (
      await adminWithRegister(fixtureRegister())
    ).projects.profile.lookupRegister({ registrationCountry: "cz", registrationNumber: "6947" });

    expect(answer).toEqual({
      found: false,
      message:
        "The Czech company register has no company with IČO 00006947. Check the number, or fill in the profile by hand.",
    });
  });

  it("[A2] an invalid number is refused before the register is asked", async () => {
    const register = fixtureRegister();
    const context = await createPersonaContext(getDb(), "admin");

    const { status, body } = await callProjectsOverHttp(
      { ...context, companyRegister: register },
      "projects.profile.lookupRegister",
      { registrationCountry: "ru", registrationNumber: "7707083894" },
      "GET",
    );
    const other = await callProjectsOverHttp(
      { ...context, companyRegister: register },
      "projects.profile.lookupRegister",
      { registrationCountry: "other", registrationNumber: "HRB 1" },
      "GET",
    );

    expect(status).toBe(400);
    expect(body.error.json.data.zodError?.fieldErrors).toEqual({
      registrationNumber: ["INN 7707083894 has a wrong check digit: the last digit should be 3."],
    });
    expect(Object.keys(other.body.error.json.data.zodError?.fieldErrors ?? {})).toEqual([
      "registrationCountry",
    ]);
    expect(register.asked).toEqual([]);
  });

  it("[A2] a lookup never writes: profile and audit log stay as they were", async () => {
    const db = getDb();
    const before = await b2bProfile();
    const entries = await db.auditEntry.count();

    await (
      await adminWithRegister(fixtureRegister())
    ).projects.profile.lookupRegister({
      registrationCountry: "cz",
      registrationNumber: "12345679",
    });

    expect(await b2bProfile()).toEqual(before);
    expect(await db.auditEntry.count()).toBe(entries);
  });

  it("[A2] the default adapter answers offline from the shipped companies", async () => {
    const caller = await callerFor(getDb(), "admin");

    await expect(
      caller.projects.profile.lookupRegister({
        registrationCountry: "ru",
        registrationNumber: "7736207543",
      }),
    ).resolves.toMatchObject({ found: true, company: { legalName: "ООО «ЯНДЕКС»" } });
  });
});

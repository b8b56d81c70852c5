import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";

import { appRouter } from "../../root";
import {
  callerFor,
  createPersonaContext,
  findPersona,
  useSeededDatabase,
} from "../../testing/personas";
import { opportunityStages } from "../deals/deals-test-kit";
import { newToken } from "./search-test-kit";

const getDb = useSeededDatabase();

async function companiesNamed(names: string[]) {
  const db = getDb();
  const ivanova = await findPersona(db, "ivanova");
  for (const name of names) {
    await db.company.create({
      data: { projectId: ivanova.projectId, responsibleId: ivanova.id, name },
    });
  }
}

/** A query over HTTP, as the browser sends it: a refusal arrives through the formatter. */
async function getOverHttp(input: unknown) {
  const context = await createPersonaContext(getDb(), "ivanova");
  const encoded = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/search.global?input=${encoded}`),
    router: appRouter,
    createContext: () => context,
  });
  const body = (await response.json()) as {
    error: { json: { data: { zodError: { fieldErrors: Record<string, string[]> } | null } } };
  };
  return { status: response.status, fieldErrors: body.error.json.data.zodError?.fieldErrors };
}

describe("search.global: what matches, and in which order", () => {
  it("exact before prefix before contains, each by name, case-insensitively; hasMore says more matched", async () => {
    const token = newToken();
    await companiesNamed([
      `Zeta ${token}x`,
      `${token} Beta`,
      `Alfa ${token}`,
      token,
      `${token} Alfa`,
    ]);
    const caller = await callerFor(getDb(), "ivanova");
    const names = async (limitPerKind: number) => {
      const { companies } = await caller.search.global({
        query: token.toLowerCase(),
        limitPerKind,
      });
      return { names: companies.items.map((item) => item.name), hasMore: companies.hasMore };
    };

    await expect(names(5)).resolves.toEqual({
      names: [token, `${token} Alfa`, `${token} Beta`, `Alfa ${token}`, `Zeta ${token}x`],
      hasMore: false,
    });
    await expect(names(2)).resolves.toEqual({ names: [token, `${token} Alfa`], hasMore: true });
    await expect(names(4)).resolves.toEqual({
      names: [token, `${token} Alfa`, `${token} Beta`, `Alfa ${token}`],
      hasMore: true,
    });
  });

  it("finds a company by its registration number, a contact by e-mail, phone or whole name, a deal by title", async () => {
    const db = getDb();
    const token = newToken();
    const ivanova = await findPersona(db, "ivanova");
    const owned = { projectId: ivanova.projectId, responsibleId: ivanova.id };
    const digits = String(Date.now()).slice(-8);
    const company = await db.company.create({
      data: { ...owned, name: `${token} Orbit a.s.`, registrationNumber: digits },
    });
    const contact = await db.contact.create({
      data: {
        ...owned,
        firstName: "Jana",
        lastName: `${token}ová`,
        email: `${token.toLowerCase()}@client.example`,
        phone: `+420 ${digits}`,
        companyId: company.id,
      },
    });
    const { pipeline, stages } = await opportunityStages(db);
    const deal = await db.deal.create({
      data: {
        ...owned,
        title: `Server upgrade ${token}`,
        currency: "CZK",
        pipelineId: pipeline.id,
        stageId: stages[0]?.id ?? "",
      },
    });
    const caller = await callerFor(db, "ivanova");
    const search = (query: string) => caller.search.global({ query });

    await expect(search(digits)).resolves.toMatchObject({
      companies: { items: [{ id: company.id, registrationNumber: digits }] },
      contacts: { items: [{ id: contact.id }] },
    });
    await expect(search(`${token}@CLIENT`)).resolves.toMatchObject({
      contacts: { items: [{ id: contact.id, company: { id: company.id, name: company.name } }] },
    });
    for (const wholeName of [`jana ${token}ová`, `${token}OVÁ Jana`, `Jan ${token}`]) {
      const { contacts } = await search(wholeName);
      expect({ wholeName, ids: contacts.items.map((item) => item.id) }).toEqual({
        wholeName,
        ids: [contact.id],
      });
    }
    await expect(search(`upgrade ${token}`)).resolves.toMatchObject({
      deals: { items: [{ id: deal.id, title: deal.title, status: "open" }] },
    });
  });

  it("LIKE metacharacters match literally: % and _ find only themselves", async () => {
    const token = newToken();
    await companiesNamed([
      `${token} 100% s.r.o.`,
      `${token} 1000 s.r.o.`,
      `${token} a_b`,
      `${token} axb`,
    ]);
    const caller = await callerFor(getDb(), "ivanova");
    const names = async (query: string) =>
      (await caller.search.global({ query })).companies.items.map((item) => item.name);

    await expect(names(`${token} 100%`)).resolves.toEqual([`${token} 100% s.r.o.`]);
    await expect(names(`${token} a_b`)).resolves.toEqual([`${token} a_b`]);
    await expect(names(`${token} a_`)).resolves.toEqual([`${token} a_b`]);
    await expect(names(`%%`)).resolves.toEqual([]);
    await expect(names(`__`)).resolves.toEqual([]);
  });

  it("a query too short or too long is refused beside the field, with what to do", async () => {
    for (const query of ["a", "  a  ", ""]) {
      const { status, fieldErrors } = await getOverHttp({ query });
      expect({ query, status, fieldErrors }).toEqual({
        query,
        status: 400,
        fieldErrors: { query: ["Type at least 2 characters to search."] },
      });
    }
    await expect(getOverHttp({ query: "x".repeat(201) })).resolves.toEqual({
      status: 400,
      fieldErrors: { query: ["Search for at most 200 characters."] },
    });
    await expect(getOverHttp({ query: "Alfa", limitPerKind: 21 })).resolves.toMatchObject({
      status: 400,
      fieldErrors: { limitPerKind: ["Ask for at most 20 results of each kind."] },
    });
  });

  it("extra keys and operator objects are refused before any query", async () => {
    const caller = await callerFor(getDb(), "ivanova");
    await expect(
      caller.search.global({ query: "Alfa", projectId: crypto.randomUUID() } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.search.global({ query: { contains: "" } as unknown as string }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

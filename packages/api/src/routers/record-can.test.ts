import type { RecordResource } from "@charter/core/engine";
import { describe, expect, it } from "vitest";

import type { TRecordCan } from "../domain/access/record-can.schema";
import type { TAccessCase, TCaseContext, TFixture } from "../testing/access-matrix/types";
import { callerFor, findPersona, useSeededDatabase } from "../testing/personas";
import { ACCESS_CASES_BY_ROUTER } from "./access-cases";

const getDb = useSeededDatabase();

// Personas whose rights differ in kind: the Admin, the Director, two heads of sales, a rep,
// the Telephonist (amount hidden), Complaints (no contracts or invoices), the partner account
// manager, the Invoicing clerk and the read-only admin.
const PERSONAS = [
  "admin",
  "director",
  "petrov",
  "dvorakova",
  "ivanova",
  "cerny",
  "marek",
  "prochazka",
  "vesela",
  "auditor",
];
// Ivanova's records are inside some personas' reach; Horáková's, in another team, outside.
const OWNERS = ["ivanova", "horakova"];

type TCanAction = Exclude<keyof TRecordCan, "view">;

/** Per resource: its router, and the procedures that need exactly one record action. */
const RESOURCES: {
  resource: RecordResource;
  router: string;
  procedures: Partial<Record<TCanAction, string[]>>;
}[] = [
  {
    resource: "company",
    router: "companies",
    procedures: { edit: ["update"], delete: ["delete"], assign: ["assign"] },
  },
  {
    resource: "contact",
    router: "contacts",
    procedures: { edit: ["update"], delete: ["delete"], assign: ["assign"] },
  },
  { resource: "object", router: "objects", procedures: { edit: ["update"], delete: ["delete"] } },
  {
    resource: "deal",
    router: "deals",
    procedures: { edit: ["update", "moveStage"], delete: ["delete"], assign: ["assign"] },
  },
  {
    resource: "interest",
    router: "interests",
    procedures: { edit: ["update"], delete: ["delete"], assign: ["assign"] },
  },
  {
    resource: "activity",
    router: "activities",
    procedures: { edit: ["update"], delete: ["delete"] },
  },
  {
    resource: "task",
    router: "tasks",
    procedures: { edit: ["update", "complete", "setParticipants"], delete: ["delete"] },
  },
  {
    resource: "reminder",
    router: "reminders",
    procedures: { edit: ["update", "resolve"], delete: ["delete"] },
  },
  {
    resource: "document",
    router: "documents",
    procedures: { edit: ["setStatus"], delete: ["delete"] },
  },
  {
    resource: "invoice",
    router: "invoices",
    procedures: { edit: ["update", "setStatus"], delete: ["delete"] },
  },
];

/** The matrix's own case for `router.procedure`: it knows how to make a record and call it. */
function caseOf(router: string, procedure: string): TAccessCase {
  const found = ACCESS_CASES_BY_ROUTER[router]?.[`${router}.${procedure}`];
  if (!found?.fixture) throw new Error(`No matrix case with a fixture for ${router}.${procedure}`);
  return found;
}

type TSettled = { outcome: string; value: unknown };

async function settle(promise: Promise<unknown>): Promise<TSettled> {
  try {
    return { outcome: "ok", value: await promise };
  } catch (error) {
    return { outcome: (error as { code?: string }).code ?? "THREW", value: null };
  }
}

const canOf = (value: unknown): TRecordCan | undefined => (value as { can?: TRecordCan }).can;

describe("can on a record answers as its procedures do", () => {
  it.each(RESOURCES)(
    "[D7, D10] $router: get's can.X is false exactly where X answers FORBIDDEN, for each persona",
    async ({ router, procedures }) => {
      const db = getDb();
      const ivanova = await findPersona(db, "ivanova");
      const context: TCaseContext = { db, ivanovaId: ivanova.id };
      const getCase = caseOf(router, "get");
      const seen = new Set<string>();

      for (const owner of OWNERS) {
        for (const persona of PERSONAS) {
          const caller = await callerFor(db, persona);
          for (const [action, names] of Object.entries(procedures) as [TCanAction, string[]][]) {
            for (const name of names) {
              const actionCase = caseOf(router, name);
              const fixture: TFixture = await actionCase.fixture!(db, owner);
              const read = await settle(getCase.call(caller, fixture, context));
              const acted = await settle(actionCase.call(caller, fixture, context));
              const where = { persona, owner, procedure: `${router}.${name}` };

              if (read.outcome !== "ok") {
                // Unreadable: the action cannot succeed, and says no more than the read did.
                expect({ ...where, read: read.outcome, acted: acted.outcome }).toEqual({
                  ...where,
                  read: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/) as string,
                  acted: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/) as string,
                });
                seen.add(`unreadable`);
                continue;
              }
              const can = canOf(read.value);
              expect({ ...where, view: can?.view }).toEqual({ ...where, view: true });
              expect({
                ...where,
                can: can?.[action],
                forbidden: acted.outcome === "FORBIDDEN",
              }).toEqual({ ...where, can: can?.[action], forbidden: can?.[action] === false });
              seen.add(`${action}:${String(can?.[action])}`);

              // What the change returns carries the can a fresh read gives.
              const returned = acted.outcome === "ok" ? canOf(acted.value) : undefined;
              if (returned) {
                const reread = await settle(getCase.call(caller, fixture, context));
                const expected =
                  reread.outcome === "ok"
                    ? canOf(reread.value)
                    : { view: false, edit: false, delete: false, assign: false };
                expect({ ...where, returned }).toEqual({ ...where, returned: expected });
              }
            }
          }
        }
      }
      // Not vacuous: each action was both offered and refused to someone.
      for (const action of Object.keys(procedures)) {
        expect(seen).toContain(`${action}:true`);
        expect(seen).toContain(`${action}:false`);
      }
    },
    600_000,
  );
});

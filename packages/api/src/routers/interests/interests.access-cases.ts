import type { TAccessCases } from "../../testing/access-matrix/types";
import { interestFixture } from "../deals/deal-fixtures";

const interest = { resource: "interest", fixture: interestFixture } as const;

export const INTEREST_CASES: TAccessCases = {
  "interests.list": {
    ...interest,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.interests.list({ limit: 1 }),
  },
  "interests.count": {
    ...interest,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.interests.count({}),
  },
  "interests.get": {
    ...interest,
    action: "view",
    fresh: false,
    call: (caller, row) => caller.interests.get({ id: row.id }),
  },
  "interests.create": {
    ...interest,
    action: "create",
    judge: "none",
    fresh: false,
    call: (caller) => caller.interests.create({ title: "Matrix lead" }),
  },
  "interests.update": {
    ...interest,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.interests.update({ id: row.id, version: row.version, fields: { source: "web" } }),
  },
  "interests.delete": {
    ...interest,
    action: "delete",
    fresh: true,
    call: (caller, row) => caller.interests.delete({ id: row.id, version: row.version }),
  },
  "interests.assign": {
    ...interest,
    action: "assign",
    fresh: true,
    call: (caller, row) =>
      caller.interests.assign({
        id: row.id,
        version: row.version,
        responsibleId: row.responsibleId,
      }),
  },
  // Judged as the interest's edit; the deal create it also needs is checked on the builder.
  "interests.convert": {
    ...interest,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.interests.convert({ id: row.id, version: row.version, currency: "CZK" }),
  },
};

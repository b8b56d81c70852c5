import type { TAccessCases } from "../../testing/access-matrix/types";
import { dealFixture } from "./deal-fixtures";

const deal = { resource: "deal", fixture: dealFixture } as const;

export const DEAL_CASES: TAccessCases = {
  "deals.list": {
    ...deal,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.deals.list({ limit: 1 }),
  },
  "deals.board": {
    ...deal,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.deals.board({ perStage: 1 }),
  },
  "deals.count": {
    ...deal,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.deals.count({}),
  },
  "deals.get": {
    ...deal,
    action: "view",
    fresh: false,
    call: (caller, row) => caller.deals.get({ id: row.id }),
  },
  "deals.create": {
    ...deal,
    action: "create",
    judge: "none",
    fresh: false,
    call: (caller) => caller.deals.create({ title: "Matrix deal", currency: "CZK" }),
  },
  "deals.update": {
    ...deal,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.deals.update({ id: row.id, version: row.version, fields: { title: "Renamed" } }),
  },
  "deals.delete": {
    ...deal,
    action: "delete",
    fresh: true,
    call: (caller, row) => caller.deals.delete({ id: row.id, version: row.version }),
  },
  "deals.assign": {
    ...deal,
    action: "assign",
    fresh: true,
    call: (caller, row) =>
      caller.deals.assign({ id: row.id, version: row.version, responsibleId: row.responsibleId }),
  },
  "deals.moveStage": {
    ...deal,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.deals.moveStage({ id: row.id, version: row.version, stageId: row.parentId ?? "" }),
  },
  // Lines add up to the amount, so they also need the amount's field access, which the engine's
  // record decision does not see (Complaints edits deals but only reads amounts): reviewed in
  // the snapshot, and in deals-products.test.ts.
  "deals.setProducts": {
    ...deal,
    action: "edit",
    judge: "none",
    fresh: true,
    call: (caller, row) =>
      caller.deals.setProducts({ id: row.id, version: row.version, lines: [] }),
  },
};

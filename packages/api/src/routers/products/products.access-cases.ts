import type { Action } from "@charter/core/engine";

import type { TAccessCases } from "../../testing/access-matrix/types";
import { productFixture } from "../deals/deal-fixtures";

// The catalogue is judged on the resource: a product has no responsible.
const product = (action: Action, fresh: boolean) =>
  ({ action, resource: "product", judge: "reach", fixture: productFixture, fresh }) as const;

export const PRODUCT_CASES: TAccessCases = {
  "products.list": {
    ...product("view", false),
    call: (caller) => caller.products.list({ limit: 1 }),
  },
  "products.get": {
    ...product("view", false),
    call: (caller, row) => caller.products.get({ id: row.id }),
  },
  "products.create": {
    ...product("create", false),
    call: (caller) =>
      caller.products.create({
        sku: `MX-${crypto.randomUUID()}`,
        name: "Matrix product",
        unitPrice: "10",
        currency: "CZK",
      }),
  },
  "products.update": {
    ...product("edit", true),
    call: (caller, row) =>
      caller.products.update({ id: row.id, version: row.version, fields: { name: "Renamed" } }),
  },
  "products.deactivate": {
    ...product("edit", true),
    call: (caller, row) => caller.products.deactivate({ id: row.id, version: row.version }),
  },
};

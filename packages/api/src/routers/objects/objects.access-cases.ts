import { objectFixture } from "../../testing/access-matrix/fixtures";
import type { TAccessCases } from "../../testing/access-matrix/types";

const object = { resource: "object", fixture: objectFixture } as const;

export const OBJECT_CASES: TAccessCases = {
  "objects.list": {
    ...object,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.objects.list({ limit: 1 }),
  },
  "objects.get": {
    ...object,
    action: "view",
    fresh: false,
    call: (caller, row) => caller.objects.get({ id: row.id }),
  },
  "objects.create": {
    ...object,
    action: "create",
    judge: "none",
    fresh: false,
    call: (caller) => caller.objects.create({ name: "Matrix warehouse" }),
  },
  "objects.update": {
    ...object,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.objects.update({ id: row.id, version: row.version, fields: { address: "Brno" } }),
  },
  "objects.delete": {
    ...object,
    action: "delete",
    fresh: true,
    call: (caller, row) => caller.objects.delete({ id: row.id, version: row.version }),
  },
};

import { companyFixture } from "../../testing/access-matrix/fixtures";
import type { TAccessCases } from "../../testing/access-matrix/types";

const company = { resource: "company", fixture: companyFixture } as const;

export const COMPANY_CASES: TAccessCases = {
  "companies.list": {
    ...company,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.companies.list({ limit: 1 }),
  },
  "companies.count": {
    ...company,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.companies.count({}),
  },
  "companies.get": {
    ...company,
    action: "view",
    fresh: false,
    call: (caller, row) => caller.companies.get({ id: row.id }),
  },
  "companies.create": {
    ...company,
    action: "create",
    judge: "none",
    fresh: false,
    call: (caller) => caller.companies.create({ name: "Matrix s.r.o." }),
  },
  "companies.update": {
    ...company,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.companies.update({ id: row.id, version: row.version, fields: { city: "Olomouc" } }),
  },
  "companies.delete": {
    ...company,
    action: "delete",
    fresh: true,
    call: (caller, row) => caller.companies.delete({ id: row.id, version: row.version }),
  },
  "companies.assign": {
    ...company,
    action: "assign",
    fresh: true,
    call: (caller, row) =>
      caller.companies.assign({
        id: row.id,
        version: row.version,
        responsibleId: row.responsibleId,
      }),
  },
};

import { contactFixture } from "../../testing/access-matrix/fixtures";
import type { TAccessCases } from "../../testing/access-matrix/types";

const contact = { resource: "contact", fixture: contactFixture } as const;

export const CONTACT_CASES: TAccessCases = {
  "contacts.list": {
    ...contact,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.contacts.list({ limit: 1 }),
  },
  "contacts.count": {
    ...contact,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.contacts.count({}),
  },
  "contacts.get": {
    ...contact,
    action: "view",
    fresh: false,
    call: (caller, row) => caller.contacts.get({ id: row.id }),
  },
  "contacts.create": {
    ...contact,
    action: "create",
    judge: "none",
    fresh: false,
    call: (caller) => caller.contacts.create({ firstName: "Matrix", lastName: "Contact" }),
  },
  "contacts.update": {
    ...contact,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.contacts.update({ id: row.id, version: row.version, fields: { position: "Buyer" } }),
  },
  "contacts.delete": {
    ...contact,
    action: "delete",
    fresh: true,
    call: (caller, row) => caller.contacts.delete({ id: row.id, version: row.version }),
  },
  "contacts.assign": {
    ...contact,
    action: "assign",
    fresh: true,
    call: (caller, row) =>
      caller.contacts.assign({
        id: row.id,
        version: row.version,
        responsibleId: row.responsibleId,
      }),
  },
};

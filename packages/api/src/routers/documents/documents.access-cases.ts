import type { Action } from "@charter/core/engine";

import {
  companyFixture,
  ownerOf,
  settingsRow,
  uniqueName,
} from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";

/** An offer drafted by the owner: every role that reaches documents reaches offers (D9). */
const documentFixture: TFixtureFactory = async (db, ownerName) => {
  const { owned } = await ownerOf(db, ownerName);
  const row = await db.document.create({
    data: { ...owned, kind: "offer", title: `Offer of ${ownerName}`, bodyHtml: "<p>Offer</p>" },
    select: { id: true, version: true, responsibleId: true },
  });
  return { ...row, record: "document" };
};

/** An open offer template; templates are settings, judged on the resource. */
const templateFixture: TFixtureFactory = async (db, ownerName) => {
  const owner = await ownerOf(db, ownerName);
  const template = await db.documentTemplate.create({
    data: {
      projectId: owner.projectId,
      kind: "offer",
      name: uniqueName(),
      bodyHtml: "<p>{{company.name}} – {{project.legalName}}</p>",
    },
  });
  return settingsRow(template, owner.id);
};

/** The owner's company, with an open offer template to generate for it. */
const companyWithTemplate: TFixtureFactory = async (db, ownerName) => {
  const company = await companyFixture(db, ownerName);
  const template = await templateFixture(db, ownerName);
  return { ...company, parentId: template.id };
};

const document = { resource: "document", fixture: documentFixture } as const;
const templateSettings = (action: Action, fresh: boolean) =>
  ({
    action,
    resource: "settings.fields",
    judge: "reach",
    fixture: templateFixture,
    fresh,
  }) as const;

export const DOCUMENT_CASES: TAccessCases = {
  "documents.list": {
    ...document,
    action: "view",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.documents.list({ limit: 1 }),
  },
  "documents.get": {
    ...document,
    action: "view",
    fresh: false,
    call: (caller, row) => caller.documents.get({ id: row.id }),
  },
  // Judged on a draft (the template's kind, the company's responsible): reviewed in the snapshot.
  "documents.generate": {
    resource: "document",
    action: "create",
    judge: "none",
    fixture: companyWithTemplate,
    fresh: false,
    call: (caller, row) =>
      caller.documents.generate({ templateId: row.parentId ?? "", companyId: row.id }),
  },
  "documents.setStatus": {
    ...document,
    action: "edit",
    fresh: true,
    call: (caller, row) =>
      caller.documents.setStatus({ id: row.id, version: row.version, status: "final" }),
  },
  "documents.delete": {
    ...document,
    action: "delete",
    fresh: true,
    call: (caller, row) => caller.documents.delete({ id: row.id, version: row.version }),
  },
  "documents.listTemplates": {
    resource: "document",
    action: "create",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.documents.listTemplates({}),
  },
  // A template is usable by kind and group (D9), which the resource-level judge cannot see.
  "documents.getTemplate": {
    resource: "document",
    action: "create",
    judge: "none",
    fixture: templateFixture,
    fresh: false,
    call: (caller, row) => caller.documents.getTemplate({ id: row.id }),
  },
  "documents.listTemplateSettings": {
    ...templateSettings("view", false),
    call: (caller) => caller.documents.listTemplateSettings({}),
  },
  "documents.createTemplate": {
    ...templateSettings("create", false),
    call: (caller) =>
      caller.documents.createTemplate({
        kind: "other",
        name: uniqueName(),
        bodyHtml: "<p>{{project.name}}</p>",
      }),
  },
  "documents.updateTemplate": {
    ...templateSettings("edit", true),
    call: (caller, row) =>
      caller.documents.updateTemplate({ id: row.id, version: row.version, name: uniqueName() }),
  },
  "documents.limitTemplate": {
    ...templateSettings("edit", true),
    call: (caller, row) =>
      caller.documents.limitTemplate({ id: row.id, version: row.version, groupIds: [] }),
  },
  "documents.setTemplateActive": {
    ...templateSettings("edit", true),
    call: (caller, row) =>
      caller.documents.setTemplateActive({ id: row.id, version: row.version, isActive: false }),
  },
  "documents.deleteTemplate": {
    ...templateSettings("delete", true),
    call: (caller, row) => caller.documents.deleteTemplate({ id: row.id, version: row.version }),
  },
};

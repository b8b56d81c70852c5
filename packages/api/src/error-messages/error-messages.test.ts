import { describe, expect, it } from "vitest";

import { accessMessages } from "./catalogue/access";
import { clientsMessages } from "./catalogue/clients";
import { dealsMessages } from "./catalogue/deals";
import { employeesMessages } from "./catalogue/employees";
import { invoicesMessages } from "./catalogue/invoices";
import { orgMessages } from "./catalogue/org";
import { reportsMessages } from "./catalogue/reports";
import { rolesMessages } from "./catalogue/roles";
import { sessionMessages } from "./catalogue/session";
import { settingsMessages } from "./catalogue/settings";
import { tasksMessages } from "./catalogue/tasks";
import {
  ERROR_MESSAGES,
  ERROR_WORDS,
  errorMessageParams,
  isErrorMessageKey,
  renderErrorMessage,
  WORD_PARAMS,
  type TErrorMessageKey,
} from "./index";

const AREAS = [
  sessionMessages,
  accessMessages,
  clientsMessages,
  dealsMessages,
  employeesMessages,
  invoicesMessages,
  orgMessages,
  reportsMessages,
  rolesMessages,
  settingsMessages,
  tasksMessages,
];
const keys = Object.keys(ERROR_MESSAGES) as TErrorMessageKey[];

describe("the error catalogue", () => {
  it("never defines a key in two areas, which the merge would hide", () => {
    const all = AREAS.flatMap((area) => Object.keys(area));
    expect(all.filter((key, index) => all.indexOf(key) !== index)).toEqual([]);
    expect(all).toHaveLength(keys.length);
  });

  it("keys every message as area.name", () => {
    expect(keys.filter((key) => !/^[a-z]+\.[a-zA-Z]+$/.test(key))).toEqual([]);
  });

  it("reads each message's parameters from its text", () => {
    expect(errorMessageParams("deals.otherCurrency")).toEqual([
      "product",
      "productCurrency",
      "dealCurrency",
    ]);
    expect(errorMessageParams("session.ended")).toEqual([]);
  });

  it("knows its keys", () => {
    expect(isErrorMessageKey("audit.periodOrder")).toBe(true);
    expect(isErrorMessageKey("audit.unknown")).toBe(false);
    expect(isErrorMessageKey("toString")).toBe(false);
  });

  it("has an English word for every code of every family", () => {
    for (const [family, words] of Object.entries(ERROR_WORDS)) {
      const blank = Object.entries(words).filter(([, word]) => word.trim() === "");
      expect({ family, blank }).toEqual({ family, blank: [] });
    }
    expect(new Set(Object.values(WORD_PARAMS))).toEqual(new Set(Object.keys(ERROR_WORDS)));
  });

  it("renders words in English and leaves a missing parameter visible", () => {
    expect(
      renderErrorMessage("session.noRight", { action: "edit", resource: "settings.org" }),
    ).toBe(
      "You have no right to edit settings.org. Ask your administrator for a role that grants it.",
    );
    expect(renderErrorMessage("access.noSuchId", { thing: "salesDirection" })).toBe(
      "No sales direction with this id. It may have been deleted.",
    );
    expect(renderErrorMessage("access.noSuchId")).toBe(
      "No {thing} with this id. It may have been deleted.",
    );
  });
});

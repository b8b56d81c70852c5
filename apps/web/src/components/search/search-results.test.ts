import { describe, expect, it } from "vitest";

import {
  isTypingTarget,
  searchStatus,
  seeAllHref,
  stepActive,
  toSearchGroups,
  type TSearchResult,
} from "./search-results";

const WORDS = {
  registrationNumber: "IČO",
  seeAll: { companies: "All companies", contacts: "All contacts", deals: "All deals" },
};

const none = { items: [], hasMore: false };

const RESULT: TSearchResult = {
  companies: {
    items: [
      { id: "c1", name: "Alfa Systems s.r.o.", registrationNumber: "27074358", city: "Brno" },
      { id: "c2", name: "Alfa Trade a.s.", registrationNumber: null, city: null },
    ],
    hasMore: true,
  },
  contacts: none,
  deals: {
    items: [
      {
        id: "d1",
        title: "Servers for Alfa",
        status: "open",
        stage: { name: "Negotiation" },
        company: null,
      },
    ],
    hasMore: false,
  },
};

describe("the search box's results", () => {
  it("group by kind in a fixed order, skip empty kinds, and link each record to its page", () => {
    const groups = toSearchGroups(RESULT, "alfa", WORDS);

    expect(groups.map((group) => group.kind)).toEqual(["companies", "deals"]);
    expect(groups[0]?.options).toEqual([
      {
        key: "company-c1",
        href: "/clients/companies/c1",
        label: "Alfa Systems s.r.o.",
        detail: "IČO 27074358 · Brno",
        seeAll: false,
      },
      {
        key: "company-c2",
        href: "/clients/companies/c2",
        label: "Alfa Trade a.s.",
        detail: null,
        seeAll: false,
      },
      {
        key: "see-all-companies",
        href: "/clients?q=alfa",
        label: "All companies",
        detail: null,
        seeAll: true,
      },
    ]);
    // No "See all" where every match is shown; a company out of reach is simply not named.
    expect(groups[1]?.options).toEqual([
      {
        key: "deal-d1",
        href: "/deals/d1",
        label: "Servers for Alfa",
        detail: "Negotiation",
        seeAll: false,
      },
    ]);
  });

  it("name a contact by first and last name, with the company and e-mail or phone", () => {
    const [group] = toSearchGroups(
      {
        companies: none,
        deals: none,
        contacts: {
          items: [
            {
              id: "p1",
              firstName: "Jana",
              lastName: "Nováková",
              email: null,
              phone: "+420 601 000 000",
              company: { id: "c1", name: "Alfa" },
            },
          ],
          hasMore: true,
        },
      },
      "nová",
      WORDS,
    );
    expect(group?.options.map(({ href, label, detail }) => ({ href, label, detail }))).toEqual([
      { href: "/clients/contacts/p1", label: "Jana Nováková", detail: "Alfa · +420 601 000 000" },
      { href: "/clients?tab=contacts&q=nov%C3%A1", label: "All contacts", detail: null },
    ]);
  });

  it("send See all to each kind's list, searched for the same text, encoded", () => {
    expect(seeAllHref("companies", " 100% a&b ")).toBe("/clients?q=100%25+a%26b");
    expect(seeAllHref("contacts", "Jana")).toBe("/clients?tab=contacts&q=Jana");
    expect(seeAllHref("deals", "servers")).toBe("/deals?view=list&q=servers");
  });
});

describe("moving through the results with the arrows", () => {
  it("wraps at both ends and starts from either end when nothing is active", () => {
    expect(stepActive(0, 3, 1)).toBe(1);
    expect(stepActive(2, 3, 1)).toBe(0);
    expect(stepActive(0, 3, -1)).toBe(2);
    expect(stepActive(-1, 3, 1)).toBe(0);
    expect(stepActive(-1, 3, -1)).toBe(2);
    expect(stepActive(0, 0, 1)).toBe(-1);
  });
});

describe("what the box says", () => {
  const state = { typed: "alfa", settled: "alfa", fetching: false, failed: false, groupCount: 0 };

  it("nothing when empty, asks for more below 2 characters, then loading, results or none", () => {
    expect(searchStatus({ ...state, typed: "" })).toBe("idle");
    expect(searchStatus({ ...state, typed: "a" })).toBe("tooShort");
    expect(searchStatus({ ...state, settled: "alf" })).toBe("loading");
    expect(searchStatus({ ...state, fetching: true })).toBe("loading");
    expect(searchStatus({ ...state, groupCount: 2, fetching: true })).toBe("results");
    expect(searchStatus(state)).toBe("empty");
    expect(searchStatus({ ...state, failed: true })).toBe("error");
  });
});

describe("the / shortcut", () => {
  it("stays a character in text fields and is the shortcut everywhere else", () => {
    expect(isTypingTarget({ tagName: "INPUT", type: "text" })).toBe(true);
    expect(isTypingTarget({ tagName: "input" })).toBe(true);
    expect(isTypingTarget({ tagName: "TEXTAREA" })).toBe(true);
    expect(isTypingTarget({ tagName: "SELECT" })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: "INPUT", type: "checkbox" })).toBe(false);
    expect(isTypingTarget({ tagName: "BUTTON" })).toBe(false);
    expect(isTypingTarget({ tagName: "BODY" })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

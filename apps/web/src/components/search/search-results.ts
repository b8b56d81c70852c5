import type { RouterOutputs } from "@charter/api";

import { contactName } from "../clients/contact-name";

export type TSearchResult = RouterOutputs["search"]["global"];

export const SEARCH_KINDS = ["companies", "contacts", "deals"] as const;
export type TSearchKind = (typeof SEARCH_KINDS)[number];

/** The API refuses shorter queries; the box says so instead of asking. */
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 200;

/** One row of the results: a record, or the "See all" of its kind. */
export type TSearchOption = {
  /** Unique within the results; also the option's DOM id suffix. */
  key: string;
  href: string;
  label: string;
  detail: string | null;
  seeAll: boolean;
};

export type TSearchGroup = { kind: TSearchKind; options: TSearchOption[] };

/** What the details need in the reader's language. */
export type TSearchWords = {
  registrationNumber: string;
  seeAll: Record<TSearchKind, string>;
};

const join = (parts: (string | null | undefined)[]) =>
  parts.filter((part) => part && part.trim() !== "").join(" · ") || null;

/** The list page of a kind, searched for the same text (each list keeps its search in `q`). */
export function seeAllHref(kind: TSearchKind, query: string): string {
  const params = new URLSearchParams();
  if (kind === "contacts") params.set("tab", "contacts");
  if (kind === "deals") params.set("view", "list");
  params.set("q", query.trim());
  return `${kind === "deals" ? "/deals" : "/clients"}?${params.toString()}`;
}

/**
 * The answer as the box lists it: a group per kind that found something, in a fixed order,
 * each record linking to its page, and "See all" where more matched than were answered.
 */
export function toSearchGroups(
  result: TSearchResult,
  query: string,
  words: TSearchWords,
): TSearchGroup[] {
  const records: Record<TSearchKind, Omit<TSearchOption, "seeAll">[]> = {
    companies: result.companies.items.map((company) => ({
      key: `company-${company.id}`,
      href: `/clients/companies/${company.id}`,
      label: company.name,
      detail: join([
        company.registrationNumber
          ? `${words.registrationNumber} ${company.registrationNumber}`
          : null,
        company.city,
      ]),
    })),
    contacts: result.contacts.items.map((contact) => ({
      key: `contact-${contact.id}`,
      href: `/clients/contacts/${contact.id}`,
      label: contactName(contact),
      detail: join([contact.company?.name, contact.email ?? contact.phone]),
    })),
    deals: result.deals.items.map((deal) => ({
      key: `deal-${deal.id}`,
      href: `/deals/${deal.id}`,
      label: deal.title,
      detail: join([deal.stage.name, deal.company?.name]),
    })),
  };
  return SEARCH_KINDS.filter((kind) => records[kind].length > 0).map((kind) => ({
    kind,
    options: [
      ...records[kind].map((option) => ({ ...option, seeAll: false })),
      ...(result[kind].hasMore
        ? [
            {
              key: `see-all-${kind}`,
              href: seeAllHref(kind, query),
              label: words.seeAll[kind],
              detail: null,
              seeAll: true,
            },
          ]
        : []),
    ],
  }));
}

/** The next active option for an arrow key, wrapping at both ends; -1 when there is none. */
export function stepActive(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}

type TTarget = { tagName?: string; type?: string; isContentEditable?: boolean } | null;

// Inputs that take no text: a "/" pressed on them is still the shortcut.
const NON_TEXT_INPUTS = new Set([
  "button",
  "checkbox",
  "color",
  "file",
  "image",
  "radio",
  "range",
  "reset",
  "submit",
]);

/**
 * Whether a key press goes into something the reader is typing in, where `/` is a character
 * and not the shortcut to the search box.
 */
export function isTypingTarget(target: TTarget): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === "INPUT") return !NON_TEXT_INPUTS.has((target.type ?? "text").toLowerCase());
  return tag === "TEXTAREA" || tag === "SELECT";
}

export type TSearchStatus = "idle" | "tooShort" | "loading" | "error" | "empty" | "results";

/**
 * What the box says under the text typed. Results already shown stay while the next ones
 * load (the box shows a spinner), so the list does not flicker with every key.
 */
export function searchStatus(state: {
  /** The text as typed, trimmed. */
  typed: string;
  /** The text the last request asked for (typing has paused on it). */
  settled: string;
  fetching: boolean;
  failed: boolean;
  groupCount: number;
}): TSearchStatus {
  if (state.typed.length === 0) return "idle";
  if (state.typed.length < MIN_QUERY_LENGTH) return "tooShort";
  if (state.groupCount > 0) return "results";
  if (state.typed !== state.settled || state.fetching) return "loading";
  return state.failed ? "error" : "empty";
}

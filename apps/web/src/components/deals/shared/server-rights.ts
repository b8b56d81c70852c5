import "server-only";

import { getQueryClient, serverTRPC } from "~/trpc/server";

import type { TRights } from "./rights";

async function loadMe() {
  return getQueryClient().fetchQuery(serverTRPC.session.me.queryOptions());
}

/** The reader's rights (`session.me`), read while a deals page renders. */
export async function loadRights(): Promise<TRights> {
  return (await loadMe()).rights;
}

/** The deal fields a field rule hides from the reader: never shown, never sorted by. */
export async function loadHiddenDealFields(): Promise<string[]> {
  return (await loadMe()).hiddenFields.deal;
}

import "server-only";

import { getQueryClient, serverTRPC } from "~/trpc/server";

import type { TRights } from "./rights";

/** The reader's rights (`session.me`), read while a deals page renders. */
export async function loadRights(): Promise<TRights> {
  const me = await getQueryClient().fetchQuery(serverTRPC.session.me.queryOptions());
  return me.rights;
}

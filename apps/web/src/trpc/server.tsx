import "server-only";

import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";

import { appRouter, createTRPCContext } from "@charter/api";
import { getDb } from "@charter/db/client";

import { getCurrentSession } from "~/server/auth/session";
import { readPeerAddress } from "~/server/request/peer-address";

import { createQueryClient } from "./query-client";

// The same context the /api/trpc route builds, from this page request's headers: the session
// is re-checked and the client address read by the same rules, so a server-rendered page sees
// exactly what the browser's calls would.
const createContext = cache(async () => {
  const requestHeaders = await headers();
  return createTRPCContext({
    db: getDb(),
    session: await getCurrentSession(),
    client: {
      peerAddress: readPeerAddress(requestHeaders),
      forwardedFor: requestHeaders.get("x-forwarded-for"),
    },
  });
});

/** One query cache per request, handed to the browser by `HydrateClient`. */
export const getQueryClient = cache(createQueryClient);

/**
 * tRPC for server components: `await getQueryClient().fetchQuery(serverTRPC.companies.get
 * .queryOptions({ id }))` loads a record while the page renders, so a page can answer 404
 * for a record the reader may not see and the browser starts with the data.
 */
export const serverTRPC = createTRPCOptionsProxy({
  router: appRouter,
  ctx: createContext,
  queryClient: getQueryClient,
});

/** Sends what the server fetched to the browser's cache; client components read it at once. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/**
 * A server-side call that found nothing to show: NOT_FOUND (a record that does not exist for
 * this reader, SPEC D7) or no session (the page's own session check sends them to sign in).
 */
export function isNothingToShow(error: unknown): boolean {
  return (
    error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "UNAUTHORIZED")
  );
}

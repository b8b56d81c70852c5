import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { appRouter, createTRPCContext } from "@charter/api";
import { getDb } from "@charter/db/client";

import { getCurrentSession } from "~/server/auth/session";
import { readPeerAddress } from "~/server/request/peer-address";

function handleTRPC(request: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () =>
      createTRPCContext({
        db: getDb(),
        session: await getCurrentSession(),
        client: {
          peerAddress: readPeerAddress(request.headers),
          forwardedFor: request.headers.get("x-forwarded-for"),
        },
      }),
    onError({ path, error }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"} failed:`, error);
    },
  });
}

export { handleTRPC as GET, handleTRPC as POST };

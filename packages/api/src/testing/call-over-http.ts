import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";

import { appRouter } from "../root";
import type { TContext } from "../trpc";

/**
 * A call over HTTP, as the browser makes it: errors arrive through the error formatter, which
 * a direct caller skips. `TBody` is the part of the answer a test reads.
 */
export async function callOverHttp<TBody>(
  context: TContext,
  path: string,
  input: unknown,
  method: "GET" | "POST" = "POST",
): Promise<{ status: number; body: TBody }> {
  const serialized = JSON.stringify(superjson.serialize(input));
  const url = new URL(`http://localhost/api/trpc/${path}`);
  if (method === "GET") url.searchParams.set("input", serialized);
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(url, {
      method,
      headers: { "content-type": "application/json" },
      ...(method === "POST" ? { body: serialized } : {}),
    }),
    router: appRouter,
    createContext: () => context,
  });
  return { status: response.status, body: (await response.json()) as TBody };
}

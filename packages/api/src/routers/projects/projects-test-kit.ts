import type { PrismaClient } from "@charter/db/client";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";

import { resolveSessionSubject } from "../../domain/session/resolve-session-subject";
import type { TSessionClaims } from "../../domain/session/session-subject";
import { appRouter } from "../../root";
import { findPersona } from "../../testing/personas";
import { createCallerFactory, createTRPCContext, type TContext } from "../../trpc";

export const B2C = "charter-b2c";

const createCaller = createCallerFactory(appRouter);

/** The claims a persona's cookie carries, optionally after switching to their `slug` Employee. */
export async function claimsOf(
  db: PrismaClient,
  name: string,
  switchedTo?: string,
): Promise<TSessionClaims> {
  const persona = await findPersona(db, name);
  const chosen = switchedTo ? await findPersona(db, name, switchedTo) : null;
  return {
    userId: persona.user.id,
    sessionVersion: persona.user.sessionVersion,
    ...(chosen ? { employeeId: chosen.id } : {}),
  };
}

/** The context the web route builds for these claims: the same session check, from here. */
export async function contextForClaims(
  db: PrismaClient,
  claims: TSessionClaims,
): Promise<TContext> {
  return createTRPCContext({
    db,
    session: await resolveSessionSubject(db, claims),
    client: { peerAddress: "127.0.0.1", forwardedFor: null },
  });
}

export async function callerForClaims(db: PrismaClient, claims: TSessionClaims) {
  return createCaller(await contextForClaims(db, claims));
}

export type TErrorBody = {
  error: {
    json: {
      message: string;
      data: {
        code: string;
        appCode: string | null;
        rule: string | null;
        zodError: { formErrors: string[]; fieldErrors: Record<string, string[]> } | null;
      };
    };
  };
};

/** A call over HTTP, as the browser makes it: errors arrive through the formatter. */
export async function callOverHttp(
  context: TContext,
  path: string,
  input: unknown,
  method: "GET" | "POST" = "POST",
): Promise<{ status: number; body: TErrorBody }> {
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
  return { status: response.status, body: (await response.json()) as TErrorBody };
}

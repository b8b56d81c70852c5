import type { PrismaClient } from "@charter/db/client";

import { resolveSessionSubject } from "../../domain/session/resolve-session-subject";
import type { TSessionClaims } from "../../domain/session/session-subject";
import { appRouter } from "../../root";
import { callOverHttp } from "../../testing/call-over-http";
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
export function callProjectsOverHttp(
  context: TContext,
  path: string,
  input: unknown,
  method: "GET" | "POST" = "POST",
) {
  return callOverHttp<TErrorBody>(context, path, input, method);
}

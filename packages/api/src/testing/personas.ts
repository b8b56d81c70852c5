import type { PrismaClient } from "@charter/db/client";
import { useTestDatabase } from "@charter/db/testing/vitest";

import { parseTrustedProxies } from "../domain/request/client-ip";
import { resolveSessionSubject } from "../domain/session/resolve-session-subject";
import { appRouter } from "../root";
import { createCallerFactory, createTRPCContext, type TContext } from "../trpc";
import type { TTestRequest } from "./create-test-context";

export const DEMO_B2B = "charter-b2b";

/** Every seeded persona of the B2B project, by the name `findPersona` takes. */
export const B2B_PERSONAS = [
  "admin",
  "director",
  "petrov",
  "dvorakova",
  "ivanova",
  "cerny",
  "marek",
  "novotny",
  "horakova",
  "prochazka",
  "vesela",
  "auditor",
  "external",
] as const;

/** A migrated throw-away database holding the demo seed, for the calling test file. */
export function useSeededDatabase(): () => PrismaClient {
  return useTestDatabase({ seeded: true });
}

/** `ivanova` → `ivanova@demo.charter.test`. */
export function personaEmail(name: string): string {
  return name.includes("@") ? name : `${name}@demo.charter.test`;
}

export async function findPersona(db: PrismaClient, name: string, projectSlug = DEMO_B2B) {
  return db.employee.findFirstOrThrow({
    where: { user: { email: personaEmail(name) }, project: { slug: projectSlug } },
    select: {
      id: true,
      projectId: true,
      name: true,
      position: true,
      userType: true,
      managerPath: true,
      project: { select: { id: true, name: true } },
      user: { select: { id: true, sessionVersion: true } },
    },
  });
}

/**
 * The context of a request by a seeded persona acting in the B2B project, after the same
 * session check the web app runs (a blocked or expired persona gets a signed-out context).
 */
export async function createPersonaContext(
  db: PrismaClient,
  name: string,
  request: TTestRequest = {},
): Promise<TContext> {
  const persona = await findPersona(db, name);
  const { user, ...employee } = persona;
  const session = await resolveSessionSubject(
    db,
    { userId: user.id, sessionVersion: user.sessionVersion },
    request.now,
  );
  return createTRPCContext({
    db,
    session: session && {
      user: session.user,
      employee: {
        id: employee.id,
        projectId: employee.projectId,
        name: employee.name,
        position: employee.position,
        userType: employee.userType,
        project: employee.project,
      },
    },
    client: {
      peerAddress: request.peerAddress === undefined ? "127.0.0.1" : request.peerAddress,
      forwardedFor: request.forwardedFor ?? null,
    },
    trustedProxies: parseTrustedProxies(request.trustedProxies),
    ...(request.now ? { now: request.now } : {}),
  });
}

const createCaller = createCallerFactory(appRouter);

export async function callerFor(db: PrismaClient, name: string, request: TTestRequest = {}) {
  return createCaller(await createPersonaContext(db, name, request));
}

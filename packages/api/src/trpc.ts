import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";

import type { PrismaClient } from "@charter/db/client";

import type { TSessionSubject } from "./domain/session/session-subject";
import { AppError } from "./errors";

// ─── 1. Context ────────────────────────────────────────────────────────────────────────────
// The caller (the Next.js route handler, a test) resolves the session first, re-checked
// against the database, and hands it in; nothing below reads cookies or headers.

export type TCreateContextOptions = {
  db: PrismaClient;
  session: TSessionSubject | null;
};

export type TContext = TCreateContextOptions;

export function createTRPCContext(options: TCreateContextOptions): TContext {
  return { db: options.db, session: options.session };
}

// ─── 2. Setup ──────────────────────────────────────────────────────────────────────────────
// superjson keeps Dates and Decimals intact over the wire. Zod failures are flattened so a
// form can show each field's message; AppError codes travel as `appCode`.

const t = initTRPC.context<TContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    const appCode = error instanceof AppError ? error.appCode : null;
    return { ...shape, data: { ...shape.data, zodError, appCode } };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

// ─── 3. Procedures ─────────────────────────────────────────────────────────────────────────

/** Reachable without signing in: only what the sign-in screen itself needs. */
export const publicProcedure = t.procedure;

/** Signed in with a usable Employee; the context's `employee` is never null here. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.session) {
    throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  }
  return next({
    ctx: { db: ctx.db, user: ctx.session.user, employee: ctx.session.employee },
  });
});

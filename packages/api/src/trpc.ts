import { experimental_standaloneMiddleware, initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";

import { canReachAny, type Action, type Resource, type Subject } from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";

import { createProjectScope } from "./domain/access/project-scope";
import type { TCompanyRegister } from "./domain/projects/company-register/company-register";
import { createOfflineCompanyRegister } from "./domain/projects/company-register/offline-company-register";
import {
  parseTrustedProxies,
  resolveClientIp,
  type TClientAddress,
  type TTrustedProxies,
} from "./domain/request/client-ip";
import type { TSessionSubject } from "./domain/session/session-subject";
import { loadSubject } from "./domain/subject/load-subject";
import { AppError, formatAppError } from "./errors";
import { formatZodError } from "./zod-error";

// ─── 1. Context ────────────────────────────────────────────────────────────────────────────
// The caller (the Next.js route handler, a test) resolves the session first, re-checked
// against the database, and says where the request came from; nothing below reads cookies.

export type TCreateContextOptions = {
  db: PrismaClient;
  session: TSessionSubject | null;
  /** The socket's peer and the raw X-Forwarded-For; see resolveClientIp for the rules. */
  client: TClientAddress;
  /** Defaults to the TRUSTED_PROXIES environment variable. */
  trustedProxies?: TTrustedProxies;
  now?: Date;
  /** Where `projects.profile.lookupRegister` asks (A2); defaults to the offline register. */
  companyRegister?: TCompanyRegister;
};

export type TContext = {
  db: PrismaClient;
  session: TSessionSubject | null;
  clientIp: string | null;
  now: Date;
  companyRegister: TCompanyRegister;
};

let envProxies: TTrustedProxies | undefined;
const offlineRegister = createOfflineCompanyRegister();

export function createTRPCContext(options: TCreateContextOptions): TContext {
  envProxies ??= parseTrustedProxies(process.env.TRUSTED_PROXIES);
  return {
    db: options.db,
    session: options.session,
    clientIp: resolveClientIp(options.client, options.trustedProxies ?? envProxies),
    now: options.now ?? new Date(),
    companyRegister: options.companyRegister ?? offlineRegister,
  };
}

// ─── 2. Setup ──────────────────────────────────────────────────────────────────────────────
// superjson keeps Dates and Decimals intact over the wire. Zod failures are flattened so a
// form can show each field's message, nested ones by their dotted path (`zodError.fieldPaths`);
// AppError codes travel as `appCode`, the engine's rule behind a refusal as `rule`, and the
// message as its catalogue key and parameters (`messageKey`, `params`, with the input key at
// fault as `field`), so the client says it in the reader's language.

const t = initTRPC.context<TContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, input }) {
    const zodError = error.cause instanceof ZodError ? formatZodError(error.cause, input) : null;
    return { ...shape, data: { ...shape.data, zodError, ...formatAppError(error) } };
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
    throw new AppError("UNAUTHENTICATED", { key: "session.ended" });
  }
  return next({
    ctx: {
      db: ctx.db,
      clientIp: ctx.clientIp,
      now: ctx.now,
      user: ctx.session.user,
      employee: ctx.session.employee,
    },
  });
});

/**
 * Acting inside the employee's project: the engine's subject is built fresh from the
 * database on every request and its standing re-checked (PERMISSIONS.md steps 1–2), so a
 * block, an expiry, a moved address or a changed role counts at the very next call.
 */
export const projectProcedure = authedProcedure.use(async ({ ctx, next }) => {
  const loaded = await loadSubject(ctx.db, {
    employeeId: ctx.employee.id,
    clientIp: ctx.clientIp,
    now: ctx.now,
  });
  if (!loaded) throw new AppError("UNAUTHENTICATED", { key: "session.ended" });
  assertStanding(loaded.subject);

  return next({
    ctx: createProjectScope({
      db: ctx.db,
      subject: loaded.subject,
      project: loaded.project,
      actor: {
        projectId: loaded.project.id,
        employeeId: loaded.subject.employeeId,
        actorEmail: ctx.user.email,
        ip: ctx.clientIp,
      },
    }),
  });
});

function assertStanding(subject: Subject): void {
  const { status, accessExpiresAt, context } = subject;
  if (status !== "active" && status !== "ip_restricted") {
    throw new AppError("UNAUTHENTICATED", { key: "session.blocked" });
  }
  if (accessExpiresAt && accessExpiresAt.getTime() <= context.now.getTime()) {
    throw new AppError("UNAUTHENTICATED", { key: "session.expired" });
  }
  if (status === "ip_restricted" && !context.ipAllowed) {
    throw new AppError("FORBIDDEN", { key: "session.ipRestricted" }, { rule: "ip-restricted" });
  }
}

/**
 * Resource-level permission, declared on the builder:
 * `projectProcedure.use(requires("company", "edit"))`. Passes when the engine lets the
 * subject do `action` on at least some records of `resource`; which records is the
 * query's job (`ctx.reach`, `ctx.findVisibleOrThrow`).
 */
export function requires(resource: Resource, action: Action) {
  return experimental_standaloneMiddleware<{ ctx: { subject: Subject } }>().create(
    ({ ctx, next }) => {
      if (!canReachAny(ctx.subject, action, resource)) {
        throw new AppError(
          "FORBIDDEN",
          { key: "session.noRight", params: { action, resource } },
          { rule: refusalRule(ctx.subject, resource, action) },
        );
      }
      return next();
    },
  );
}

// The engine folds a refusal of every record into `never`; name the rule a person can act on.
function refusalRule(subject: Subject, resource: Resource, action: Action): string {
  const now = subject.context.now.getTime();
  const readOnly = subject.roles.some(
    (role) => role.readOnly && (!role.expiresAt || role.expiresAt.getTime() > now),
  );
  if (action !== "view" && readOnly) return "read-only";
  const denied = subject.overrides.some(
    (override) =>
      override.effect === "deny" && override.resource === resource && override.action === action,
  );
  return denied ? "deny-override" : "no-grant";
}

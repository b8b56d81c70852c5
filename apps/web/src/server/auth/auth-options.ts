import "server-only";

import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { findUsableEmployee, signIn } from "@charter/api/auth";
import { getDb } from "@charter/db/client";

import { headersFromRecord, resolveRequestClientIp } from "../request/client-ip";
import { resolveAuthSecret } from "./auth-secret";
import { createSessionCallbacks } from "./session-callbacks";
import { SIGN_IN_ERROR_CODES } from "~/lib/sign-in-errors";

// A self-hosted install is reached under whatever host its users type; without this,
// next-auth builds its URLs for http://localhost:3000. Set NEXTAUTH_URL to pin the origin
// (recommended behind a reverse proxy).
process.env.AUTH_TRUST_HOST ??= "true";

const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

let cached: AuthOptions | undefined;

/** Built on first use, not at import, so `next build` never needs a secret or a database. */
export function getAuthOptions(): AuthOptions {
  cached ??= {
    secret: resolveAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "E-mail",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const headers = headersFromRecord(request.headers);
          const result = await signIn(getDb(), {
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            clientIp: resolveRequestClientIp(headers),
            userAgent: headers.get("user-agent"),
          });
          switch (result.kind) {
            case "ok":
              return { ...result.user };
            case "no_access":
              throw new Error(SIGN_IN_ERROR_CODES.noAccess);
            case "throttled":
              throw new Error(SIGN_IN_ERROR_CODES.throttled);
            case "ip_refused":
              throw new Error(SIGN_IN_ERROR_CODES.ipRefused);
            case "wrong_credentials":
              return null;
          }
        },
      }),
    ],
    callbacks: createSessionCallbacks(
      async ({ userId, employeeId }) =>
        (await findUsableEmployee(getDb(), { userId, employeeId, now: new Date() })) !== null,
    ),
  };
  return cached;
}

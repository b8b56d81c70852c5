import "server-only";

import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { verifyCredentials } from "@charter/api/auth";
import { getDb } from "@charter/db/client";

import { resolveAuthSecret } from "./auth-secret";
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
        async authorize(credentials) {
          const result = await verifyCredentials(getDb(), {
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
          });
          if (result.kind === "no_access") throw new Error(SIGN_IN_ERROR_CODES.noAccess);
          if (result.kind !== "ok") return null;
          return { ...result.user };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // `user` is only present at sign-in; afterwards the token carries the claims on.
        if (user) {
          token.sub = user.id;
          token.sessionVersion = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        // Only the claims: name, project and rights are read fresh on each request.
        return {
          expires: session.expires,
          userId: token.sub ?? "",
          sessionVersion: token.sessionVersion ?? -1,
        };
      },
    },
  };
  return cached;
}

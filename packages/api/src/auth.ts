// Sign-in and session checks, shared by the web app's next-auth setup and its tRPC context.
export { verifyCredentials, normaliseEmail } from "./domain/auth/verify-credentials";
export type { TCredentials, TVerifyCredentialsResult } from "./domain/auth/verify-credentials";
export { hashPassword } from "./domain/auth/password-hash";
export { signIn } from "./domain/auth/sign-in";
export type { TSignInAttempt, TSignInResult } from "./domain/auth/sign-in";
export { parseTrustedProxies, resolveClientIp } from "./domain/request/client-ip";
export type { TClientAddress, TTrustedProxies } from "./domain/request/client-ip";
export { resolveSessionSubject } from "./domain/session/resolve-session-subject";
export { findUsableEmployee } from "./domain/session/find-usable-employee";
export type { TSessionClaims, TSessionSubject } from "./domain/session/session-subject";

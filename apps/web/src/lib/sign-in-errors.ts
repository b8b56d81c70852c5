import type { TPlainMessageKey } from "../i18n/translate";

// Shared by the server (what authorize reports) and the sign-in form (what it shows), so
// the codes and the words cannot drift apart. next-auth reports a null from authorize as
// "CredentialsSignin" and a thrown error by its message.
export const SIGN_IN_ERROR_CODES = {
  wrongCredentials: "CredentialsSignin",
  noAccess: "AccessDenied",
  throttled: "Throttled",
  ipRefused: "IpRefused",
} as const;

/** The message to show for an error code; the code itself (server English) is never shown. */
export function resolveSignInErrorKey(code: string): TPlainMessageKey {
  if (code === SIGN_IN_ERROR_CODES.wrongCredentials) return "signIn.error.wrongCredentials";
  if (code === SIGN_IN_ERROR_CODES.noAccess) return "signIn.error.noAccess";
  if (code === SIGN_IN_ERROR_CODES.throttled) return "signIn.error.throttled";
  if (code === SIGN_IN_ERROR_CODES.ipRefused) return "signIn.error.ipRefused";
  return "signIn.error.failed";
}

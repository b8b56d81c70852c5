// Shared by the server (what authorize reports) and the sign-in form (what it shows), so
// the codes and the words cannot drift apart. next-auth reports a null from authorize as
// "CredentialsSignin" and a thrown error by its message.
export const SIGN_IN_ERROR_CODES = {
  wrongCredentials: "CredentialsSignin",
  noAccess: "AccessDenied",
} as const;

export function describeSignInError(code: string): string {
  if (code === SIGN_IN_ERROR_CODES.wrongCredentials) return "E-mail or password is wrong.";
  if (code === SIGN_IN_ERROR_CODES.noAccess) {
    return "Your access is blocked or has expired. Ask your administrator to restore it.";
  }
  return "Signing in failed. Try again in a moment.";
}

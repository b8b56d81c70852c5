export const signIn = {
  "signIn.title": "Sign in",
  "signIn.heading": "Sign in to Charter",
  "signIn.intro": "Use the e-mail and password your administrator gave you.",
  "signIn.email": "E-mail",
  "signIn.password": "Password",
  "signIn.submit": "Sign in",
  "signIn.pending": "Signing in…",
  "signIn.error.wrongCredentials": "E-mail or password is wrong.",
  "signIn.error.noAccess":
    "Your access is blocked or has expired. Ask your administrator to restore it.",
  "signIn.error.failed": "Signing in failed. Try again in a moment.",
  "signIn.error.throttled":
    "Too many failed attempts for this account or network. Wait 15 minutes and try again.",
  "signIn.error.ipRefused":
    "Your account can only be used from your company's allowed networks. Connect from one of them and try again.",
} as const;

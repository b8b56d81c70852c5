/**
 * The English catalog is the source of the keys: the others are typed against it, so a key
 * missing from (or extra in) another language fails typecheck. `{name}` marks a placeholder;
 * every language must use the same ones (checked by catalogs.test.ts).
 */
export const en = {
  "app.name": "Charter",
  "app.description": "Charter CRM",

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

  "shell.skipToContent": "Skip to content",
  "shell.signOut": "Sign out",
  "shell.language": "Language",
  "shell.languageSaveFailed": "Your language could not be saved. Try again.",
  "shell.navLabel": "Sections",

  "nav.home": "Home",
  "nav.deals": "Deals",
  "nav.clients": "Clients",
  "nav.tasks": "Tasks",
  "nav.reports": "Reports",
  "nav.settings": "Settings",

  "home.welcome": "Welcome, {name}",
  "home.signedInAs": "Signed in as {email} · {project}",

  "comingSoon.title": "Coming soon",
  "comingSoon.body": "This section is being built. It will appear here in a later version.",

  "common.loading": "Loading…",
  "common.loadFailed": "Something went wrong while loading. Try again in a moment.",

  "notFound.title": "Page not found",
  "notFound.body": "This page does not exist, or you do not have access to it.",
  "notFound.home": "Go to the home page",
} as const;

export type TMessageKey = keyof typeof en;

/** What every catalog must provide: each English key, with any wording. */
export type TMessages = { readonly [K in TMessageKey]: string };

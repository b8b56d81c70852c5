/** Signing in and the standing checked on every request (C1, E1, E2). */
export const sessionMessages = {
  "session.ended": "Your session has ended. Sign in again.",
  "session.blocked": "This account is blocked. Ask your administrator.",
  "session.expired": "Your access has expired. Ask your administrator to extend it.",
  "session.ipRestricted":
    "Your account may only be used from your company's allowed networks. Connect from one of them.",
  "session.noRight":
    "You have no right to {action} {resource}. Ask your administrator for a role that grants it.",
} as const;

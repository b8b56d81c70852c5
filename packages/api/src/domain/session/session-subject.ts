import type { Locale, UserType } from "@charter/db/client";

/**
 * Who is making a request, as re-checked against the database on every request: the signed-in
 * account and the one Employee (project membership) the request acts as.
 */
export type TSessionSubject = {
  user: {
    id: string;
    email: string;
    name: string;
    locale: Locale;
  };
  employee: {
    id: string;
    projectId: string;
    name: string;
    position: string | null;
    userType: UserType;
    project: { id: string; name: string };
  };
};

/** What the session cookie carries; everything else is looked up fresh. */
export type TSessionClaims = {
  userId: string;
  sessionVersion: number;
  /** The Employee chosen with `projects.switch`; absent or null: the oldest usable one. */
  employeeId?: string | null;
};

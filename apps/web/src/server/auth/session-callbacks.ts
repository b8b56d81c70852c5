import type { CallbacksOptions } from "next-auth";
import { z } from "zod";

/** Whether the user may act as this Employee of theirs now (it exists, is theirs, is usable). */
export type TConfirmEmployee = (input: { userId: string; employeeId: string }) => Promise<boolean>;

// What a project switch sends through next-auth's session update; null returns to the default.
const ZProjectChoice = z.strictObject({ employeeId: z.uuid().nullable() });

/**
 * The cookie carries only claims: who signed in, their sessionVersion and, after a project
 * switch, the Employee chosen. A choice is stored only once `confirmEmployee` accepts it, and
 * the session check re-confirms it on every request, so a tampered or stale choice ends the
 * session rather than acting anywhere else.
 */
export function createSessionCallbacks(
  confirmEmployee: TConfirmEmployee,
): Pick<CallbacksOptions, "jwt" | "session"> {
  return {
    async jwt({ token, user, trigger, session }) {
      // `user` is only present at sign-in, which always starts in the default project.
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
        delete token.employeeId;
      }
      const choice = trigger === "update" ? ZProjectChoice.safeParse(session) : null;
      if (choice?.success && token.sub) {
        const { employeeId } = choice.data;
        if (employeeId === null) delete token.employeeId;
        else if (await confirmEmployee({ userId: token.sub, employeeId })) {
          token.employeeId = employeeId;
        }
      }
      return token;
    },
    session({ session, token }) {
      // Only the claims: name, project and rights are read fresh on each request.
      return {
        expires: session.expires,
        userId: token.sub ?? "",
        sessionVersion: token.sessionVersion ?? -1,
        employeeId: token.employeeId ?? null,
      };
    },
  };
}

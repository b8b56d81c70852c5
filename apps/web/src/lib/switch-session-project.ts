import { getCsrfToken } from "next-auth/react";

/**
 * Stores the chosen project's Employee in the session cookie. next-auth v4 offers this only
 * through `useSession().update`, which needs a SessionProvider polling the session on every
 * page; one POST to its session route with the CSRF token is the same update without it.
 * The JWT callback confirms the Employee is the user's own before keeping it.
 */
export async function switchSessionProject(employeeId: string): Promise<void> {
  const csrfToken = await getCsrfToken();
  const response = await fetch("/api/auth/session", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ csrfToken, data: { employeeId } }),
  });
  if (!response.ok) throw new Error(`The session was not updated (HTTP ${response.status}).`);
}

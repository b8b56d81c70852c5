import type { TDemoCredential } from "./index";

// The table `pnpm start` and `pnpm db:seed` print, so a first-time user can sign in.
export function formatCredentials(users: readonly TDemoCredential[]): string {
  const header = ["E-mail", "Password", "Name", "Role"];
  const rows = [header, ...users.map((user) => [user.email, user.password, user.name, user.role])];
  const widths = header.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  const lines = rows.map((row) =>
    `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ")}`.trimEnd(),
  );
  return ["", "Sign in as any of these demo users:", ...lines, ""].join("\n");
}

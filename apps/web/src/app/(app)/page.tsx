import { WelcomePanel } from "~/components/welcome-panel";
import { requireSession } from "~/server/auth/session";

export default async function HomePage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  return <WelcomePanel />;
}

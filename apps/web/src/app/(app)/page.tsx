import { AppHeader } from "~/components/app-header";
import { WelcomePanel } from "~/components/welcome-panel";
import { requireSession } from "~/server/auth/session";

export default async function HomePage() {
  const subject = await requireSession();
  return (
    <>
      <AppHeader subject={subject} />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <WelcomePanel />
      </main>
    </>
  );
}

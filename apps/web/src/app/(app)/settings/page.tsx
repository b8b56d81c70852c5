import { buildSectionMetadata } from "~/components/section-placeholder";
import { SettingsOverview } from "~/components/settings/settings-overview";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSectionMetadata("settings");

export default async function SettingsPage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  return <SettingsOverview />;
}

import { AreaGate } from "~/components/settings/area-gate";
import { IpRangesSettings } from "~/components/settings/security/ip-ranges-settings";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.security");

export default async function SecuritySettingsPage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  return (
    <AreaGate area="security" title="settings.area.security">
      <IpRangesSettings />
    </AreaGate>
  );
}

import { AreaGate } from "~/components/settings/area-gate";
import { GroupsList } from "~/components/settings/groups/groups-list";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.groups");

export default async function GroupsPage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  return (
    <AreaGate area="groups" title="settings.area.groups">
      <GroupsList />
    </AreaGate>
  );
}

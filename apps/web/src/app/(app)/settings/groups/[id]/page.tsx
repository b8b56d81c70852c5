import { AreaGate } from "~/components/settings/area-gate";
import { GroupDetails } from "~/components/settings/groups/group-details";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.groups");

export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { id } = await params;
  return (
    <AreaGate area="groups" title="settings.area.groups">
      <GroupDetails id={id} />
    </AreaGate>
  );
}

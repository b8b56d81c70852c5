import { AreaGate } from "~/components/settings/area-gate";
import { RolesList } from "~/components/settings/roles/roles-list";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.roles");

export default async function RolesPage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  return (
    <AreaGate area="roles" title="settings.area.roles">
      <RolesList />
    </AreaGate>
  );
}

import { AreaGate } from "~/components/settings/area-gate";
import { ProjectProfile } from "~/components/settings/project/project-profile";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.project");

export default async function ProjectProfilePage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  return (
    <AreaGate area="project" title="settings.area.project">
      <ProjectProfile />
    </AreaGate>
  );
}

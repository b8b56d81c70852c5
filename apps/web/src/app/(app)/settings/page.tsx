import { buildSectionMetadata, SectionPlaceholder } from "~/components/section-placeholder";

export const generateMetadata = () => buildSectionMetadata("settings");

export default function SettingsPage() {
  return <SectionPlaceholder section="settings" />;
}

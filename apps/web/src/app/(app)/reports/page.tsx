import { buildSectionMetadata, SectionPlaceholder } from "~/components/section-placeholder";

export const generateMetadata = () => buildSectionMetadata("reports");

export default function ReportsPage() {
  return <SectionPlaceholder section="reports" />;
}

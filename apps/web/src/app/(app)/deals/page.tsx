import { buildSectionMetadata, SectionPlaceholder } from "~/components/section-placeholder";

export const generateMetadata = () => buildSectionMetadata("deals");

export default function DealsPage() {
  return <SectionPlaceholder section="deals" />;
}

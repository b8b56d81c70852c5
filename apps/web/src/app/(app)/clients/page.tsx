import { buildSectionMetadata, SectionPlaceholder } from "~/components/section-placeholder";

export const generateMetadata = () => buildSectionMetadata("clients");

export default function ClientsPage() {
  return <SectionPlaceholder section="clients" />;
}

import { buildSectionMetadata, SectionPlaceholder } from "~/components/section-placeholder";

export const generateMetadata = () => buildSectionMetadata("tasks");

export default function TasksPage() {
  return <SectionPlaceholder section="tasks" />;
}

import { AreaGate } from "~/components/settings/area-gate";
import { EmployeeDetails } from "~/components/settings/employees/employee-details";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.area.employees");

export default async function EmployeePage({ params }: { params: Promise<{ id: string }> }) {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { id } = await params;
  return (
    <AreaGate area="employees" title="settings.area.employees">
      <EmployeeDetails id={id} />
    </AreaGate>
  );
}

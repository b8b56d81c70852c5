import { AreaGate } from "~/components/settings/area-gate";
import { EmployeeCreateForm } from "~/components/settings/employees/employee-create-form";
import { buildSettingsMetadata } from "~/components/settings/settings-metadata";
import { requireSession } from "~/server/auth/session";

export const generateMetadata = () => buildSettingsMetadata("settings.employees.createTitle");

export default async function NewEmployeePage() {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  return (
    <AreaGate area="employees" title="settings.area.employees">
      <EmployeeCreateForm />
    </AreaGate>
  );
}

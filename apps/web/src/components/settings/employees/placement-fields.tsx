"use client";

import { Select } from "~/components/ui/select";
import { useT } from "~/i18n/i18n-provider";

import type { TSettingsError } from "../use-settings-error";
import { MANAGER_TYPE, USER_TYPE_LABELS, type TUserType } from "./employee-labels";
import { useAllEmployees, usePlacementLookups } from "./use-employee-lookups";

export type TPlacement = {
  managerId: string;
  departmentId: string;
  branchId: string;
  directionId: string;
};

type TPlacementFieldsProps = {
  userType: TUserType;
  /** The employee being edited: never their own responsible. */
  selfId?: string;
  value: TPlacement;
  onChange: (patch: Partial<TPlacement>) => void;
  error: TSettingsError | null;
};

/**
 * The responsible (manager), department, branch and sales direction. The responsible is picked
 * among those the user type allows (C2); the server checks the rest (cycles, other projects).
 */
export function PlacementFields({
  userType,
  selfId,
  value,
  onChange,
  error,
}: TPlacementFieldsProps) {
  const t = useT();
  const lookups = usePlacementLookups();
  const everyone = useAllEmployees();
  const managerType = MANAGER_TYPE[userType];
  const managers = (everyone.employees ?? [])
    .filter((employee) => employee.userType === managerType && employee.id !== selfId)
    .map((employee) => ({
      value: employee.id,
      label: employee.position ? `${employee.name} (${employee.position})` : employee.name,
    }));

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {managerType ? (
        <Select
          label={t("settings.employees.manager")}
          required
          requiredLabel={t("common.required")}
          hint={t("settings.employees.managerHint", {
            type: t(USER_TYPE_LABELS[managerType]),
          })}
          value={value.managerId}
          placeholder={everyone.isPending ? t("common.loading") : t("common.none")}
          options={managers}
          onChange={(event) => onChange({ managerId: event.target.value })}
          error={error?.fieldMessage("managerId")}
        />
      ) : (
        <p className="self-end pb-2 text-sm text-slate-500 sm:col-span-2">
          {t("settings.employees.adminHasNoManager")}
        </p>
      )}
      <Select
        label={t("settings.employees.department")}
        value={value.departmentId}
        placeholder={t("common.none")}
        options={lookups.departments}
        disabled={lookups.unavailable}
        onChange={(event) => onChange({ departmentId: event.target.value })}
        error={error?.fieldMessage("departmentId")}
      />
      <Select
        label={t("settings.employees.branch")}
        value={value.branchId}
        placeholder={t("common.none")}
        options={lookups.branches}
        disabled={lookups.unavailable}
        onChange={(event) => onChange({ branchId: event.target.value })}
        error={error?.fieldMessage("branchId")}
      />
      <Select
        label={t("settings.employees.direction")}
        hint={t("settings.employees.directionHint")}
        value={value.directionId}
        placeholder={t("common.none")}
        options={lookups.directions}
        disabled={lookups.unavailable}
        onChange={(event) => onChange({ directionId: event.target.value })}
        error={error?.fieldMessage("directionId")}
      />
      {lookups.unavailable ? (
        <p className="text-sm text-amber-800 sm:col-span-2">
          {t("settings.employees.orgUnavailable")}
        </p>
      ) : null}
    </div>
  );
}

export function emptyPlacement(): TPlacement {
  return { managerId: "", departmentId: "", branchId: "", directionId: "" };
}

/** The form's strings as the API reads them: an empty choice is null. */
export function placementInput(placement: TPlacement) {
  return {
    managerId: placement.managerId || null,
    departmentId: placement.departmentId || null,
    branchId: placement.branchId || null,
    directionId: placement.directionId || null,
  };
}

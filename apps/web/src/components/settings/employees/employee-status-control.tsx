"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import type { TPlainMessageKey } from "~/i18n/translate";
import { useTRPC } from "~/trpc/react";

import { confirmError } from "../action-error";
import { useSettingsError } from "../use-settings-error";
import {
  EMPLOYEE_STATUSES,
  STATUS_HINTS,
  STATUS_LABELS,
  type TEmployee,
  type TEmployeeStatus,
} from "./employee-labels";
import { useRefreshEmployees } from "./use-employee-change";

const CONFIRM_BODY: Record<TEmployeeStatus, TPlainMessageKey> = {
  active: "settings.employees.confirm.active",
  ip_restricted: "settings.employees.confirm.ip_restricted",
  blocked: "settings.employees.confirm.blocked",
};

/** E2: active, IP-restricted or blocked, changed only after a confirmation that says what follows. */
export function EmployeeStatusControl({
  employee,
  canEdit,
}: {
  employee: TEmployee;
  canEdit: boolean;
}) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefreshEmployees();
  const readError = useSettingsError();
  const [chosen, setChosen] = useState<TEmployeeStatus>(employee.status);
  const [confirming, setConfirming] = useState(false);

  const setStatus = useMutation(
    trpc.employees.setStatus.mutationOptions({
      onSuccess: async (saved) => {
        await refresh();
        setConfirming(false);
        toast(
          t("settings.employees.statusChanged", {
            name: saved.name,
            status: t(STATUS_LABELS[saved.status]),
          }),
          "success",
        );
      },
    }),
  );

  return (
    <div>
      <fieldset disabled={!canEdit} className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">
          {t("settings.employees.status")}
        </legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {EMPLOYEE_STATUSES.map((status) => (
            <label
              key={status}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 has-checked:border-indigo-500 has-checked:bg-indigo-50 has-focus-visible:ring-2 has-focus-visible:ring-indigo-500/40 has-disabled:cursor-not-allowed"
            >
              <input
                type="radio"
                name={`status-${employee.id}`}
                value={status}
                checked={chosen === status}
                onChange={() => setChosen(status)}
                className="mt-0.5 accent-indigo-600"
              />
              <span>
                <span className="block text-sm font-medium text-slate-900">
                  {t(STATUS_LABELS[status])}
                  {status === employee.status ? (
                    <span className="font-normal text-slate-500">
                      {" "}
                      · {t("settings.employees.current")}
                    </span>
                  ) : null}
                </span>
                <span className="block text-xs text-slate-600">{t(STATUS_HINTS[status])}</span>
              </span>
            </label>
          ))}
        </div>
        {canEdit ? (
          <div className="flex justify-end">
            <Button
              variant={chosen === "blocked" ? "danger" : "primary"}
              disabled={chosen === employee.status}
              onClick={() => {
                setStatus.reset();
                setConfirming(true);
              }}
            >
              {t("settings.employees.changeStatus")}
            </Button>
          </div>
        ) : null}
      </fieldset>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          setStatus.mutate({ id: employee.id, version: employee.version, status: chosen })
        }
        title={t("settings.employees.confirmStatusTitle", {
          name: employee.name,
          status: t(STATUS_LABELS[chosen]),
        })}
        confirmLabel={t("settings.employees.confirmStatus", { status: t(STATUS_LABELS[chosen]) })}
        pendingLabel={t("common.saving")}
        pending={setStatus.isPending}
        tone={chosen === "blocked" ? "danger" : "primary"}
        error={confirmError(readError(setStatus.error))}
      >
        <p>{t(CONFIRM_BODY[chosen])}</p>
      </ConfirmDialog>
    </div>
  );
}

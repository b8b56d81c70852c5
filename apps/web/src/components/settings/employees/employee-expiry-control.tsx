"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { LocalTime } from "~/components/ui/local-time";
import { TextField } from "~/components/ui/text-field";
import { useToast } from "~/components/ui/toast";
import { useFormatters, useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { confirmError } from "../action-error";
import { useSettingsError } from "../use-settings-error";
import { fromLocalInput, toLocalInput } from "./local-datetime";
import type { TEmployee } from "./employee-labels";
import { useRefreshEmployees } from "./use-employee-change";

/**
 * C1, E2: when temporary access ends. Setting, changing or removing it is confirmed first;
 * past the moment, the employee is signed out at their next request.
 */
export function EmployeeExpiryControl({
  employee,
  canEdit,
}: {
  employee: TEmployee;
  canEdit: boolean;
}) {
  const t = useT();
  const format = useFormatters();
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefreshEmployees();
  const readError = useSettingsError();
  const current = employee.accessExpiresAt;
  const [text, setText] = useState(current ? toLocalInput(current) : "");
  const [pending, setPending] = useState<Date | null | undefined>(undefined);
  const [invalid, setInvalid] = useState(false);

  const save = useMutation(
    trpc.employees.setAccessExpiry.mutationOptions({
      onSuccess: async (saved) => {
        await refresh();
        setPending(undefined);
        toast(
          saved.accessExpiresAt
            ? t("settings.employees.expirySet", { name: saved.name })
            : t("settings.employees.expiryRemoved", { name: saved.name }),
          "success",
        );
      },
    }),
  );

  function ask(next: Date | null) {
    save.reset();
    setPending(next);
  }

  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">{t("settings.employees.expiry")}</h3>
      <p className="text-sm text-slate-600">
        {current ? (
          <>
            {t("settings.employees.expiryCurrent")} <LocalTime value={current} />
          </>
        ) : (
          t("settings.employees.expiryNone")
        )}
      </p>
      {canEdit ? (
        <div className="flex flex-wrap items-end gap-3">
          <TextField
            label={t("settings.employees.expiryNew")}
            type="datetime-local"
            containerClassName="w-64"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setInvalid(false);
            }}
            error={invalid ? t("settings.employees.expiryInvalid") : undefined}
          />
          <Button
            variant="secondary"
            onClick={() => {
              const next = fromLocalInput(text);
              if (!next) return setInvalid(true);
              ask(next);
            }}
          >
            {current
              ? t("settings.employees.expiryChange")
              : t("settings.employees.expirySetAction")}
          </Button>
          {current ? (
            <Button variant="ghost" onClick={() => ask(null)}>
              {t("settings.employees.expiryRemove")}
            </Button>
          ) : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={pending !== undefined}
        onCancel={() => setPending(undefined)}
        onConfirm={() => {
          if (pending !== undefined)
            save.mutate({ id: employee.id, version: employee.version, accessExpiresAt: pending });
        }}
        title={
          pending
            ? t("settings.employees.expiryConfirmTitle", { name: employee.name })
            : t("settings.employees.expiryRemoveTitle", { name: employee.name })
        }
        confirmLabel={
          pending ? t("settings.employees.expirySetAction") : t("settings.employees.expiryRemove")
        }
        pendingLabel={t("common.saving")}
        pending={save.isPending}
        tone="primary"
        error={confirmError(readError(save.error))}
      >
        <p>
          {pending
            ? t("settings.employees.expiryConfirmBody", {
                name: employee.name,
                when: format.dateTime(pending),
              })
            : t("settings.employees.expiryRemoveBody", { name: employee.name })}
        </p>
      </ConfirmDialog>
    </div>
  );
}

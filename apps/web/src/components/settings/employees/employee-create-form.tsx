"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { Button, buttonClasses } from "~/components/ui/button";
import { TextField } from "~/components/ui/text-field";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../action-error";
import { BackLink } from "../back-link";
import { SettingsPageHeader } from "../settings-page-header";
import { useSettingsError } from "../use-settings-error";
import { USER_TYPE_HINTS, USER_TYPE_LABELS, USER_TYPES, type TUserType } from "./employee-labels";
import {
  emptyPlacement,
  placementInput,
  PlacementFields,
  type TPlacement,
} from "./placement-fields";

/**
 * C1, C2: a new employee. The user type is chosen here once; the page says so, and the
 * employee's page afterwards shows it as fixed.
 */
export function EmployeeCreateForm() {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const readError = useSettingsError();
  const [values, setValues] = useState({
    name: "",
    email: "",
    password: "",
    phone: "",
    position: "",
  });
  const [userType, setUserType] = useState<TUserType>("employee");
  const [placement, setPlacement] = useState<TPlacement>(emptyPlacement);

  const create = useMutation(
    trpc.employees.create.mutationOptions({
      onSuccess: async (employee) => {
        await queryClient.invalidateQueries({ queryKey: trpc.employees.pathKey() });
        toast(t("settings.employees.created", { name: employee.name }), "success");
        router.push(`/settings/employees/${employee.id}`);
      },
    }),
  );
  const error = readError(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({
      name: values.name.trim(),
      email: values.email.trim(),
      password: values.password || undefined,
      phone: values.phone.trim() || null,
      position: values.position.trim() || null,
      userType,
      ...placementInput(userType === "admin" ? { ...placement, managerId: "" } : placement),
    });
  }

  const text = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [key]: event.target.value })),
    error: error?.fieldMessage(key),
  });

  return (
    <div className="space-y-6">
      <SettingsPageHeader
        back={<BackLink href="/settings/employees" label={t("settings.employees.backToList")} />}
        title={t("settings.employees.createTitle")}
        intro={t("settings.employees.createIntro")}
      />
      <form
        onSubmit={submit}
        noValidate
        className="space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-xs"
      >
        <ActionError error={error} />
        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold text-slate-900">
            {t("settings.employees.userType")}
          </legend>
          <p className="text-sm text-slate-600">{t("settings.employees.userTypeOnce")}</p>
          <div className="grid gap-3 sm:grid-cols-3">
            {USER_TYPES.map((type) => (
              <label
                key={type}
                className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 has-checked:border-indigo-500 has-checked:bg-indigo-50 has-focus-visible:ring-2 has-focus-visible:ring-indigo-500/40"
              >
                <input
                  type="radio"
                  name="userType"
                  value={type}
                  checked={userType === type}
                  onChange={() => setUserType(type)}
                  className="mt-0.5 accent-indigo-600"
                />
                <span>
                  <span className="block text-sm font-medium text-slate-900">
                    {t(USER_TYPE_LABELS[type])}
                  </span>
                  <span className="block text-xs text-slate-600">{t(USER_TYPE_HINTS[type])}</span>
                </span>
              </label>
            ))}
          </div>
          {error?.fieldMessage("userType") ? (
            <p className="text-sm text-red-700">{error.fieldMessage("userType")}</p>
          ) : null}
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("settings.employees.name")}
            required
            requiredLabel={t("common.required")}
            maxLength={200}
            autoComplete="off"
            {...text("name")}
          />
          <TextField
            label={t("settings.employees.email")}
            type="email"
            required
            requiredLabel={t("common.required")}
            hint={t("settings.employees.emailHint")}
            maxLength={254}
            autoComplete="off"
            {...text("email")}
          />
          <TextField
            label={t("settings.employees.password")}
            type="password"
            hint={t("settings.employees.passwordHint")}
            autoComplete="new-password"
            {...text("password")}
          />
          <TextField
            label={t("settings.employees.phone")}
            type="tel"
            maxLength={50}
            {...text("phone")}
          />
          <TextField
            label={t("settings.employees.position")}
            maxLength={200}
            containerClassName="sm:col-span-2"
            {...text("position")}
          />
        </div>

        <PlacementFields
          userType={userType}
          value={placement}
          onChange={(patch) => setPlacement((current) => ({ ...current, ...patch }))}
          error={error}
        />

        <div className="flex justify-end gap-2 border-t border-slate-100 pt-4">
          <Link href="/settings/employees" className={buttonClasses("secondary")}>
            {t("common.cancel")}
          </Link>
          <Button type="submit" loading={create.isPending} loadingText={t("common.saving")}>
            {t("settings.employees.createSubmit")}
          </Button>
        </div>
      </form>
    </div>
  );
}

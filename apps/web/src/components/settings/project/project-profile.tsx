"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";

import type { RouterOutputs } from "@charter/api";

import { Button } from "~/components/ui/button";
import { Select } from "~/components/ui/select";
import { LoadingBlock } from "~/components/ui/skeleton";
import { TextField } from "~/components/ui/text-field";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../action-error";
import { LoadError } from "../load-error";
import { SettingsPageHeader } from "../settings-page-header";
import { offered, useMay } from "../use-may";
import { useSettingsError, type TSettingsError } from "../use-settings-error";
import {
  changedProfileFields,
  toProfileForm,
  type TProfileForm,
  type TProfileTextKey,
} from "./profile-form";
import { RegisterLookup } from "./register-lookup";

type TProfile = RouterOutputs["projects"]["profile"]["get"];

/** A2: the project's company profile, the merge fields of every generated document. */
export function ProjectProfile() {
  const t = useT();
  const trpc = useTRPC();
  const profile = useQuery(trpc.projects.profile.get.queryOptions());
  const may = useMay("settings.org", ["edit"]);

  return (
    <div className="space-y-5">
      <SettingsPageHeader title={t("settings.area.project")} intro={t("settings.project.intro")} />
      {profile.isError ? (
        <LoadError error={profile.error} onRetry={() => void profile.refetch()} />
      ) : profile.isPending ? (
        <LoadingBlock label={t("common.loading")} lines={8} />
      ) : (
        <ProfileForm
          key={profile.data.version}
          profile={profile.data}
          canEdit={offered(may, "edit")}
        />
      )}
    </div>
  );
}

function ProfileForm({ profile, canEdit }: { profile: TProfile; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const readError = useSettingsError();
  const [form, setForm] = useState<TProfileForm>(() => toProfileForm(profile));
  const [lookupError, setLookupError] = useState<TSettingsError | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const save = useMutation(
    trpc.projects.profile.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() });
        toast(t("settings.project.saved"), "success");
      },
    }),
  );
  const error = readError(save.error);
  const fieldError = (key: string) =>
    error?.fieldMessage(key) ??
    (key === "registrationNumber" ? lookupError?.fieldMessage(key) : undefined);

  function patch(next: Partial<TProfileForm>) {
    setUnchanged(false);
    setForm((current) => ({ ...current, ...next }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const changes = changedProfileFields(profile, form);
    if (!changes) return setUnchanged(true);
    save.mutate({ version: profile.version, ...changes });
  }

  const text = (
    key: TProfileTextKey,
    label: string,
    extra: { type?: string; max: number; required?: boolean },
  ) => (
    <TextField
      label={label}
      type={extra.type ?? "text"}
      required={extra.required}
      requiredLabel={t("common.required")}
      maxLength={extra.max}
      value={form[key]}
      onChange={(event) => patch({ [key]: event.target.value })}
      error={fieldError(key)}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <ActionError error={error} />
      <fieldset disabled={!canEdit} className="space-y-5">
        <Group title={t("settings.project.company")}>
          {text("name", t("settings.project.name"), { max: 200, required: true })}
          {text("legalName", t("settings.project.legalName"), { max: 200 })}
        </Group>
        <Group title={t("settings.project.registration")}>
          <Select
            label={t("settings.project.registrationCountry")}
            value={form.registrationCountry}
            placeholder={t("common.none")}
            options={[
              { value: "cz", label: t("settings.project.country.cz") },
              { value: "ru", label: t("settings.project.country.ru") },
              { value: "other", label: t("settings.project.country.other") },
            ]}
            onChange={(event) =>
              patch({
                registrationCountry: event.target.value as TProfileForm["registrationCountry"],
              })
            }
            error={fieldError("registrationCountry")}
          />
          {text("registrationNumber", t("settings.project.registrationNumber"), { max: 64 })}
          {text("vatId", t("settings.project.vatId"), { max: 64 })}
          {canEdit ? (
            <RegisterLookup
              country={form.registrationCountry}
              number={form.registrationNumber}
              onError={setLookupError}
              onFound={(company) =>
                patch({
                  legalName: company.legalName,
                  vatId: company.vatId ?? "",
                  street: company.street,
                  city: company.city,
                  postalCode: company.postalCode,
                  country: company.country,
                })
              }
            />
          ) : null}
        </Group>
        <Group title={t("settings.project.address")}>
          {text("street", t("settings.project.street"), { max: 200 })}
          {text("city", t("settings.project.city"), { max: 100 })}
          {text("postalCode", t("settings.project.postalCode"), { max: 20 })}
          {text("country", t("settings.project.country"), { max: 100 })}
        </Group>
        <Group title={t("settings.project.contact")}>
          {text("email", t("settings.project.email"), { type: "email", max: 254 })}
          {text("phone", t("settings.project.phone"), { type: "tel", max: 40 })}
        </Group>
      </fieldset>
      <p className="text-sm text-slate-500">{t("settings.project.logoLater")}</p>
      {canEdit ? (
        <div className="flex flex-wrap items-center justify-end gap-3">
          {unchanged ? (
            <p role="status" className="text-sm text-slate-600">
              {t("settings.employees.nothingChanged")}
            </p>
          ) : null}
          <Button type="submit" loading={save.isPending} loadingText={t("common.saving")}>
            {t("common.save")}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("settings.project.readOnly")}</p>
      )}
    </form>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white shadow-xs">
      <h2 className="border-b border-slate-100 px-6 py-3 text-sm font-semibold text-slate-900">
        {title}
      </h2>
      <div className="grid gap-4 px-6 py-5 sm:grid-cols-2">{children}</div>
    </section>
  );
}

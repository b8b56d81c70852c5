"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { parseIpRange } from "@charter/core/validation";

import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/text-field";
import { useToast } from "~/components/ui/toast";
import { useLocale, useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../action-error";
import { useSettingsError } from "../use-settings-error";

/**
 * E1: adds an allowed range written as an address, a from–to pair or a CIDR, IPv4 or IPv6.
 * It is checked here with the server's own parser, so a typo is caught before sending; the
 * server parses it again and decides.
 */
export function IpRangeForm({ onAdded }: { onAdded: () => Promise<unknown> }) {
  const t = useT();
  const locale = useLocale();
  const trpc = useTRPC();
  const toast = useToast();
  const readError = useSettingsError();
  const [range, setRange] = useState("");
  const [label, setLabel] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const create = useMutation(
    trpc.security.createIpRange.mutationOptions({
      onSuccess: async (created) => {
        await onAdded();
        setRange("");
        setLabel("");
        toast(t("settings.security.added", { range: created.cidr ?? created.fromIp }), "success");
      },
    }),
  );
  const error = readError(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseIpRange(range);
    if (!parsed.ok) {
      setProblem(locale === "en" ? parsed.message : t("settings.security.rangeInvalid"));
      return;
    }
    setProblem(null);
    create.mutate({ range: range.trim(), label: label.trim() || undefined });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="ip-range-form-title"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-xs"
    >
      <h2 id="ip-range-form-title" className="text-sm font-semibold text-slate-900">
        {t("settings.security.addTitle")}
      </h2>
      <ActionError error={error?.fieldMessage("range") ? null : error} />
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
        <TextField
          label={t("settings.security.range")}
          required
          requiredLabel={t("common.required")}
          hint={t("settings.security.rangeHint")}
          value={range}
          maxLength={200}
          spellCheck={false}
          autoComplete="off"
          className="font-mono"
          onChange={(event) => {
            setRange(event.target.value);
            setProblem(null);
          }}
          error={problem ?? error?.fieldMessage("range")}
        />
        <TextField
          label={t("settings.security.label")}
          placeholder={t("settings.security.labelPlaceholder")}
          value={label}
          maxLength={120}
          onChange={(event) => setLabel(event.target.value)}
          error={error?.fieldMessage("label")}
        />
        <Button type="submit" loading={create.isPending} className="sm:mt-6">
          {t("settings.security.add")}
        </Button>
      </div>
    </form>
  );
}

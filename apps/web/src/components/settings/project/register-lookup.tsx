"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { RouterOutputs } from "@charter/api";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../action-error";
import { useSettingsError, type TSettingsError } from "../use-settings-error";

export type TRegisterCompany = Extract<
  RouterOutputs["projects"]["profile"]["lookupRegister"],
  { found: true }
>["company"];

type TAnswer = { kind: "filled" } | { kind: "missing"; message: string } | null;

/**
 * A2: "Fill from the register". Asks the register (through the API, which checks the number
 * first) and fills the form with what it knows; nothing is saved until the reader saves.
 */
export function RegisterLookup({
  country,
  number,
  onFound,
  onError,
}: {
  country: "" | "cz" | "ru" | "other";
  number: string;
  onFound: (company: TRegisterCompany) => void;
  /** A refusal of the number goes beside the number field. */
  onError: (error: TSettingsError | null) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useSettingsError();
  const [asking, setAsking] = useState(false);
  const [answer, setAnswer] = useState<TAnswer>(null);
  const [failure, setFailure] = useState<TSettingsError | null>(null);
  const usable = (country === "cz" || country === "ru") && number.trim() !== "";

  async function lookUp() {
    if (country !== "cz" && country !== "ru") return;
    setAsking(true);
    setAnswer(null);
    setFailure(null);
    onError(null);
    try {
      const result = await queryClient.fetchQuery(
        trpc.projects.profile.lookupRegister.queryOptions(
          { registrationCountry: country, registrationNumber: number.trim() },
          { staleTime: 0, retry: false },
        ),
      );
      if (result.found) {
        onFound(result.company);
        setAnswer({ kind: "filled" });
      } else {
        setAnswer({ kind: "missing", message: result.message });
      }
    } catch (error) {
      const shown = readError(error);
      if (shown?.fieldMessage("registrationNumber")) onError(shown);
      else setFailure(shown);
    } finally {
      setAsking(false);
    }
  }

  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        onClick={() => void lookUp()}
        disabled={!usable}
        loading={asking}
        loadingText={t("settings.project.lookingUp")}
      >
        {t("settings.project.fillFromRegister")}
      </Button>
      {!usable ? (
        <p className="text-xs text-slate-500">{t("settings.project.registerHint")}</p>
      ) : null}
      <div aria-live="polite">
        {answer?.kind === "filled" ? (
          <Alert tone="success">{t("settings.project.filled")}</Alert>
        ) : null}
        {answer?.kind === "missing" ? (
          <Alert tone="warning">
            {locale === "en" ? answer.message : t("settings.project.notInRegister")}
          </Alert>
        ) : null}
        <ActionError error={failure} />
      </div>
    </div>
  );
}

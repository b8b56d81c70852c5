"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { FormDialog } from "../form-dialog";
import { useGroups } from "../groups/use-groups-queries";
import { useSettingsError } from "../use-settings-error";
import { useRefreshFields, type TSection } from "./use-fields-queries";

/**
 * D8: limit a section to CRM groups; outside them its values never leave the server. Offered
 * only to readers who may list the groups.
 */
export function SectionLimitAction({ section }: { section: TSection }) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefreshFields();
  const readError = useSettingsError();
  const groups = useGroups();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const limit = useMutation(
    trpc.fields.limitSection.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setOpen(false);
        toast(t("settings.org.saved"), "success");
      },
    }),
  );
  if (!groups.data) return null;

  function toggle(id: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        aria-label={t("settings.fields.limitNamed", { name: section.name })}
        onClick={() => {
          limit.reset();
          setChosen(new Set(section.limitedToGroups.map((group) => group.id)));
          setOpen(true);
        }}
      >
        {t("settings.fields.limit")}
      </Button>
      {open ? (
        <FormDialog
          open
          onClose={() => setOpen(false)}
          title={t("settings.fields.limitTitle", { name: section.name })}
          description={t("settings.fields.limitHint")}
          submitLabel={t("common.save")}
          pending={limit.isPending}
          error={readError(limit.error)}
          onSubmit={() =>
            limit.mutate({ id: section.id, version: section.version, groupIds: [...chosen] })
          }
        >
          {groups.data.length === 0 ? (
            <p className="text-sm text-slate-500">{t("settings.groups.empty")}</p>
          ) : (
            <fieldset className="space-y-2">
              <legend className="sr-only">{t("settings.area.groups")}</legend>
              {groups.data.map((group) => (
                <Checkbox
                  key={group.id}
                  label={group.name}
                  checked={chosen.has(group.id)}
                  onChange={(event) => toggle(group.id, event.target.checked)}
                />
              ))}
            </fieldset>
          )}
          <p className="text-sm text-slate-600" role="status">
            {chosen.size === 0 ? t("settings.fields.limitNone") : null}
          </p>
        </FormDialog>
      ) : null}
    </>
  );
}

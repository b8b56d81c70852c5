"use client";

import { useMutation } from "@tanstack/react-query";

import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { useRefreshFields } from "./use-fields-queries";

/** The writes on one section and its fields; each reads the settings again once done. */
export function useFieldActions(onDone: () => void) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefreshFields();
  const done = (message?: string) => async () => {
    await refresh();
    onDone();
    if (message) toast(message, "success");
  };
  return {
    renameSection: useMutation(
      trpc.fields.renameSection.mutationOptions({ onSuccess: done(t("settings.org.saved")) }),
    ),
    deleteSection: useMutation(
      trpc.fields.deleteSection.mutationOptions({
        onSuccess: done(t("settings.fields.sectionDeleted")),
      }),
    ),
    createField: useMutation(
      trpc.fields.createField.mutationOptions({
        onSuccess: done(t("settings.fields.fieldCreated")),
      }),
    ),
    updateField: useMutation(
      trpc.fields.updateField.mutationOptions({ onSuccess: done(t("settings.org.saved")) }),
    ),
    deleteField: useMutation(
      trpc.fields.deleteField.mutationOptions({
        onSuccess: done(t("settings.fields.fieldDeleted")),
      }),
    ),
    reorderFields: useMutation(trpc.fields.reorderFields.mutationOptions({ onSuccess: done() })),
  };
}

"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { RouterOutputs } from "@charter/api";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { DataTable } from "~/components/ui/data-table";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { confirmError } from "../action-error";
import { LoadError } from "../load-error";
import { SettingsPageHeader } from "../settings-page-header";
import { offered, useMay } from "../use-may";
import { useSettingsError } from "../use-settings-error";
import { IpRangeForm } from "./ip-range-form";
import { ipFamily, ipRangeKind, ipRangeText } from "./ip-range-kind";

type TIpRange = RouterOutputs["security"]["listIpRanges"][number];

/** E1: the networks IP-restricted employees may work from. */
export function IpRangesSettings() {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const readError = useSettingsError();
  const may = useMay("settings.security", ["create", "delete"]);
  const ranges = useQuery(trpc.security.listIpRanges.queryOptions({}, { staleTime: 60_000 }));
  const [deleting, setDeleting] = useState<TIpRange | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.security.listIpRanges.queryKey() });

  const remove = useMutation(
    trpc.security.deleteIpRange.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast(
          t("settings.security.deleted", { range: deleting ? ipRangeText(deleting) : "" }),
          "success",
        );
        setDeleting(null);
      },
    }),
  );

  return (
    <div className="space-y-5">
      <SettingsPageHeader
        title={t("settings.area.security")}
        intro={t("settings.security.intro")}
      />
      {ranges.isError ? (
        <LoadError error={ranges.error} onRetry={() => void ranges.refetch()} />
      ) : (
        <>
          {offered(may, "create") ? <IpRangeForm onAdded={refresh} /> : null}
          <DataTable
            caption={t("settings.security.tableCaption")}
            rows={ranges.data}
            loading={ranges.isPending}
            rowKey={(range) => range.id}
            empty={t("settings.security.empty")}
            columns={[
              {
                key: "range",
                header: t("settings.security.range"),
                rowHeader: true,
                cell: (range) => <span className="font-mono text-sm">{ipRangeText(range)}</span>,
              },
              {
                key: "kind",
                header: t("settings.security.kind"),
                cell: (range) => (
                  <span className="flex flex-wrap gap-1.5">
                    <Badge>{t(ipRangeKind(range))}</Badge>
                    <Badge tone="info">{ipFamily(range)}</Badge>
                  </span>
                ),
              },
              {
                key: "label",
                header: t("settings.security.label"),
                cell: (range) => range.label ?? t("common.none"),
              },
              ...(offered(may, "delete")
                ? [
                    {
                      key: "actions",
                      header: t("settings.org.actions"),
                      className: "text-right",
                      cell: (range: TIpRange) =>
                        offered(may, "delete") ? (
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={t("settings.security.deleteNamed", {
                              range: ipRangeText(range),
                            })}
                            onClick={() => {
                              remove.reset();
                              setDeleting(range);
                            }}
                          >
                            {t("common.delete")}
                          </Button>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) remove.mutate({ id: deleting.id, version: deleting.version });
        }}
        title={t("settings.security.deleteTitle", { range: deleting ? ipRangeText(deleting) : "" })}
        confirmLabel={t("common.delete")}
        pendingLabel={t("common.deleting")}
        pending={remove.isPending}
        error={confirmError(readError(remove.error))}
      >
        <p>{t("settings.security.deleteBody")}</p>
      </ConfirmDialog>
    </div>
  );
}

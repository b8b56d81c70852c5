"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { Alert } from "~/components/ui/alert";
import { DataTable } from "~/components/ui/data-table";
import { LocalTime } from "~/components/ui/local-time";
import { LoadMore } from "~/components/ui/pagination";
import { TextField } from "~/components/ui/text-field";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useCursorPages } from "~/trpc/cursor-pages";
import { useTRPC, useTRPCClient } from "~/trpc/react";

import { ActionError, confirmError } from "../action-error";
import { EmployeePicker, type TPickedEmployee } from "../employee-picker";
import { USER_TYPE_LABELS } from "../employees/employee-labels";
import { EmployeeLink } from "../employees/employee-link";
import { fromLocalInput } from "../employees/local-datetime";
import { useSettingsError } from "../use-settings-error";
import { useRefreshAccess, type TRole, type TRoleHolder } from "./use-roles-queries";

type THolder = TRoleHolder;

const PAGE_SIZE = 50;

/**
 * D1: who holds the role (until when), giving it to someone and taking it back. A role may
 * be held by many, so holders come a page at a time, by name ("Load more").
 */
export function RoleHolders({ role, canEdit }: { role: TRole; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const input = { roleId: role.id, limit: PAGE_SIZE };
  const holders = useCursorPages({
    queryKey: trpc.roles.holders.infiniteQueryKey(input),
    fetchPage: (cursor) => client.roles.holders.query({ ...input, cursor }),
    // Another role's holders must never stand in for this one's.
    keepPrevious: false,
  });
  const loaded = holders.data?.pages.flatMap((page) => page.items) ?? [];
  const toast = useToast();
  const refresh = useRefreshAccess();
  const readError = useSettingsError();
  const [employee, setEmployee] = useState<TPickedEmployee | null>(null);
  const [until, setUntil] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState<THolder | null>(null);

  const assign = useMutation(
    trpc.roles.assign.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast(
          t("settings.roles.assigned", { name: employee?.name ?? "", role: role.name }),
          "success",
        );
        setEmployee(null);
        setUntil("");
      },
    }),
  );
  const unassign = useMutation(
    trpc.roles.unassign.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast(
          t("settings.roles.unassigned", { name: removing?.name ?? "", role: role.name }),
          "success",
        );
        setRemoving(null);
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!employee) return setProblem(t("settings.org.groups.pickEmployee"));
    const expiresAt = until ? fromLocalInput(until) : null;
    if (until && !expiresAt) return setProblem(t("settings.employees.expiryInvalid"));
    setProblem(null);
    assign.mutate({ roleId: role.id, employeeId: employee.id, expiresAt });
  }

  const assignError = readError(assign.error);
  return (
    <div className="space-y-4">
      {holders.isError ? <Alert tone="error">{t("common.loadFailed")}</Alert> : null}
      <DataTable
        caption={t("settings.roles.holders")}
        rows={loaded}
        loading={holders.isPending}
        rowKey={(holder) => holder.assignmentId}
        empty={t("settings.roles.noHolders")}
        columns={[
          {
            key: "name",
            header: t("settings.employees.name"),
            rowHeader: true,
            cell: (holder) => <EmployeeLink id={holder.employeeId} name={holder.name} />,
          },
          {
            key: "type",
            header: t("settings.employees.userType"),
            cell: (holder) => t(USER_TYPE_LABELS[holder.userType]),
          },
          {
            key: "until",
            header: t("settings.roles.until"),
            cell: (holder) =>
              holder.expiresAt ? (
                <span className="flex items-center gap-2">
                  <LocalTime value={holder.expiresAt} />
                  {holder.active ? null : (
                    <Badge tone="danger">{t("settings.roles.expired")}</Badge>
                  )}
                </span>
              ) : (
                t("settings.roles.noEnd")
              ),
          },
          ...(canEdit
            ? [
                {
                  key: "actions",
                  header: t("settings.org.actions"),
                  className: "text-right",
                  cell: (holder: THolder) =>
                    canEdit ? (
                      <Button
                        variant="ghost"
                        size="sm"
                        aria-label={t("settings.roles.unassignNamed", { name: holder.name })}
                        onClick={() => {
                          unassign.reset();
                          setRemoving(holder);
                        }}
                      >
                        {t("settings.org.groups.remove")}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <LoadMore
        shown={loaded.length}
        total={holders.data?.pages[0]?.total}
        hasMore={holders.hasNextPage}
        loading={holders.isFetchingNextPage}
        onLoadMore={() => void holders.fetchNextPage()}
      />
      {canEdit ? (
        <form
          onSubmit={submit}
          noValidate
          aria-label={t("settings.roles.assignTo", { role: role.name })}
          className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:grid-cols-[1fr_14rem_auto] sm:items-start"
        >
          <EmployeePicker
            label={t("settings.roles.giveTo")}
            value={employee}
            onChange={setEmployee}
            error={problem ?? assignError?.fieldMessage("employeeId")}
          />
          <TextField
            label={t("settings.roles.untilOptional")}
            type="datetime-local"
            value={until}
            onChange={(event) => setUntil(event.target.value)}
            error={assignError?.fieldMessage("expiresAt")}
          />
          <Button type="submit" loading={assign.isPending} className="sm:mt-6">
            {t("settings.roles.assign")}
          </Button>
          <div className="sm:col-span-3">
            <ActionError error={assignError} />
          </div>
        </form>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing)
            unassign.mutate({
              roleId: role.id,
              employeeId: removing.employeeId,
              version: removing.version,
            });
        }}
        title={t("settings.roles.unassignTitle", { name: removing?.name ?? "", role: role.name })}
        confirmLabel={t("settings.org.groups.remove")}
        pendingLabel={t("common.saving")}
        pending={unassign.isPending}
        error={confirmError(readError(unassign.error))}
      >
        <p>{t("settings.roles.unassignBody")}</p>
      </ConfirmDialog>
    </div>
  );
}

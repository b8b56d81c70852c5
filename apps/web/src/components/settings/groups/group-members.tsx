"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { DataTable } from "~/components/ui/data-table";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../action-error";
import { EmployeePicker, type TPickedEmployee } from "../employee-picker";
import { USER_TYPE_LABELS } from "../employees/employee-labels";
import { EmployeeLink } from "../employees/employee-link";
import { useRefreshAccess } from "../roles/use-roles-queries";
import { useSettingsError } from "../use-settings-error";
import type { TGroup } from "./use-groups-queries";

/** D3: a group's members and which of them manage it (at least one always does). */
export function GroupMembers({ group, canEdit }: { group: TGroup; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefreshAccess();
  const readError = useSettingsError();
  const [employee, setEmployee] = useState<TPickedEmployee | null>(null);
  const [asManager, setAsManager] = useState(false);
  const [missing, setMissing] = useState(false);

  const setMember = useMutation(
    trpc.groups.setMember.mutationOptions({ onSuccess: () => refresh() }),
  );
  const removeMember = useMutation(
    trpc.groups.removeMember.mutationOptions({ onSuccess: () => refresh() }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!employee);
    if (!employee) return;
    setMember.mutate(
      { groupId: group.id, employeeId: employee.id, isManager: asManager },
      {
        onSuccess: () => {
          toast(t("settings.org.groups.memberAdded", { name: employee.name }), "success");
          setEmployee(null);
          setAsManager(false);
        },
      },
    );
  }

  const busyFor = (employeeId: string) =>
    (setMember.isPending && setMember.variables?.employeeId === employeeId) ||
    (removeMember.isPending && removeMember.variables?.employeeId === employeeId);

  return (
    <div className="space-y-4">
      <ActionError error={readError(setMember.error ?? removeMember.error)} />
      <DataTable
        caption={t("settings.groups.members")}
        rows={group.members}
        rowKey={(member) => member.employeeId}
        empty={t("settings.org.groups.noMembers")}
        columns={[
          {
            key: "name",
            header: t("settings.employees.name"),
            rowHeader: true,
            cell: (member) => (
              <span className="flex items-center gap-2">
                <EmployeeLink id={member.employeeId} name={member.name} />
                {member.isManager ? (
                  <Badge tone="info">{t("settings.groups.manager")}</Badge>
                ) : null}
              </span>
            ),
          },
          {
            key: "type",
            header: t("settings.employees.userType"),
            cell: (member) => t(USER_TYPE_LABELS[member.userType]),
          },
          ...(canEdit
            ? [
                {
                  key: "actions",
                  header: t("settings.org.actions"),
                  className: "text-right",
                  cell: (member: TGroup["members"][number]) =>
                    canEdit ? (
                      <span className="flex justify-end gap-1">
                        <Button
                          variant="ghost"
                          size="sm"
                          disabled={busyFor(member.employeeId)}
                          onClick={() =>
                            setMember.mutate({
                              groupId: group.id,
                              employeeId: member.employeeId,
                              isManager: !member.isManager,
                            })
                          }
                        >
                          {member.isManager
                            ? t("settings.groups.unmakeManager")
                            : t("settings.groups.makeManager")}
                        </Button>
                        <Button
                          variant="ghost"
                          size="sm"
                          disabled={busyFor(member.employeeId)}
                          aria-label={t("settings.org.groups.removeMember", {
                            name: member.name,
                            group: group.name,
                          })}
                          onClick={() =>
                            removeMember.mutate({
                              groupId: group.id,
                              employeeId: member.employeeId,
                            })
                          }
                        >
                          {t("settings.org.groups.remove")}
                        </Button>
                      </span>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {canEdit ? (
        <form
          onSubmit={submit}
          noValidate
          aria-label={t("settings.org.groups.addMemberTo", { group: group.name })}
          className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:grid-cols-[1fr_auto_auto] sm:items-start"
        >
          <EmployeePicker
            label={t("settings.org.groups.employee")}
            value={employee}
            onChange={(picked) => {
              setEmployee(picked);
              if (picked) setMissing(false);
            }}
            error={missing ? t("settings.org.groups.pickEmployee") : undefined}
          />
          <div className="sm:mt-8">
            <Checkbox
              label={t("settings.groups.asManager")}
              checked={asManager}
              onChange={(event) => setAsManager(event.target.checked)}
            />
          </div>
          <Button
            type="submit"
            variant="secondary"
            loading={setMember.isPending}
            className="sm:mt-6"
          >
            {t("settings.org.groups.addMember")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import type { RouterOutputs } from "@charter/api";

import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/text-field";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../action-error";
import { EmployeePicker, type TPickedEmployee } from "../employee-picker";
import { useSettingsError } from "../use-settings-error";
import { useRefreshOrg } from "./use-org-queries";

export type TWorkGroup = RouterOutputs["org"]["listWorkGroups"][number];

/** B4: who is in a work group and as what (project manager, programmer, tester…). */
export function WorkGroupMembers({ group, canEdit }: { group: TWorkGroup; canEdit: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefreshOrg();
  const readError = useSettingsError();
  const [employee, setEmployee] = useState<TPickedEmployee | null>(null);
  const [memberRole, setMemberRole] = useState("");
  const [missing, setMissing] = useState(false);

  const add = useMutation(
    trpc.org.setWorkGroupMember.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast(t("settings.org.groups.memberAdded", { name: employee?.name ?? "" }), "success");
        setEmployee(null);
        setMemberRole("");
      },
    }),
  );
  const remove = useMutation(
    trpc.org.removeWorkGroupMember.mutationOptions({ onSuccess: () => refresh() }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!employee);
    if (!employee) return;
    add.mutate({
      workGroupId: group.id,
      employeeId: employee.id,
      memberRole: memberRole.trim() || null,
    });
  }

  const addError = readError(add.error);
  return (
    <div className="space-y-3">
      {group.members.length === 0 ? (
        <p className="text-sm text-slate-500">{t("settings.org.groups.noMembers")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {group.members.map((member) => (
            <li key={member.employeeId} className="flex items-center gap-3 px-3 py-2 text-sm">
              <span className="font-medium text-slate-900">{member.name}</span>
              <span className="text-slate-500">{member.memberRole ?? t("common.none")}</span>
              {canEdit ? (
                <Button
                  variant="ghost"
                  size="sm"
                  className="ml-auto"
                  loading={remove.isPending && remove.variables?.employeeId === member.employeeId}
                  aria-label={t("settings.org.groups.removeMember", {
                    name: member.name,
                    group: group.name,
                  })}
                  onClick={() =>
                    remove.mutate({ workGroupId: group.id, employeeId: member.employeeId })
                  }
                >
                  {t("settings.org.groups.remove")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ActionError error={readError(remove.error)} />
      {canEdit ? (
        <form
          onSubmit={submit}
          noValidate
          aria-label={t("settings.org.groups.addMemberTo", { group: group.name })}
          className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-start"
        >
          <EmployeePicker
            label={t("settings.org.groups.employee")}
            value={employee}
            onChange={(picked) => {
              setEmployee(picked);
              if (picked) setMissing(false);
            }}
            error={
              missing ? t("settings.org.groups.pickEmployee") : addError?.fieldMessage("employeeId")
            }
          />
          <TextField
            label={t("settings.org.groups.memberRole")}
            placeholder={t("settings.org.groups.memberRolePlaceholder")}
            value={memberRole}
            maxLength={80}
            onChange={(event) => setMemberRole(event.target.value)}
            error={addError?.fieldMessage("memberRole")}
          />
          <Button type="submit" variant="secondary" loading={add.isPending} className="sm:mt-6">
            {t("settings.org.groups.addMember")}
          </Button>
          <div className="sm:col-span-3">
            <ActionError error={addError} />
          </div>
        </form>
      ) : null}
    </div>
  );
}

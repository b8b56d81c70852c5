"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { MenuButton } from "~/components/ui/menu-button";
import { useT } from "~/i18n/i18n-provider";
import { switchSessionProject } from "~/lib/switch-session-project";
import { useTRPC } from "~/trpc/react";

/**
 * The current project, and for someone who works in several (A1) a menu to act in another.
 * The API confirms the choice, the session cookie keeps it, and the app starts again at home
 * with an empty cache: every cached list and open record belonged to the project just left.
 */
export function ProjectSwitcher({ projectName }: { projectName: string }) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const mine = useQuery(trpc.projects.mine.queryOptions());
  const confirm = useMutation(trpc.projects.switch.mutationOptions());
  const [failed, setFailed] = useState(false);

  const projects = mine.data ?? [];
  if (projects.length < 2) {
    return (
      <span className="text-sm text-slate-500" data-testid="project-name">
        {projectName}
      </span>
    );
  }

  async function switchTo(employeeId: string) {
    setFailed(false);
    try {
      await confirm.mutateAsync({ employeeId });
      await switchSessionProject(employeeId);
      queryClient.clear();
      router.replace("/");
      router.refresh();
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="flex items-center gap-2">
      <MenuButton
        label={t("shell.projectSwitch", { project: projectName })}
        menuTitle={t("shell.projects")}
        disabled={confirm.isPending}
        buttonClassName="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100"
        items={projects.map((entry) => ({
          key: entry.employeeId,
          label: entry.project.name,
          detail: entry.position ?? undefined,
          checked: entry.current,
          onSelect: () => {
            if (!entry.current) void switchTo(entry.employeeId);
          },
        }))}
      >
        <span data-testid="project-name">{projectName}</span> <span aria-hidden="true">▾</span>
      </MenuButton>
      {failed ? (
        <p role="alert" className="text-xs text-red-700">
          {t("shell.projectSwitchFailed")}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";

import { isResource } from "@charter/core/engine";

import { useT } from "~/i18n/i18n-provider";
import { useUrlParams } from "~/lib/use-url-params";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../action-error";
import { RESOURCE_LABELS } from "../audit/audit-labels";
import { useAllEmployees } from "../employees/use-employee-lookups";
import { SettingsPageHeader } from "../settings-page-header";
import { useSettingsError } from "../use-settings-error";
import { ExplainForm, type TExplainQuestion } from "./explain-form";
import { ACTION_LABELS, isAction } from "./explain-labels";
import { ExplainResult } from "./explain-result";
import { VIEW_AS_LISTS, ViewAsList } from "./view-as-list";

const URL_KEYS = ["employee", "resource", "action", "record", "list", "q"] as const;

/**
 * D10: may this employee do this, and why, and a list as they see it. The question is in the
 * URL, so an answer can be sent to a colleague; the answer is the engine's, as the API gives it.
 */
export function ExplainAccess() {
  const t = useT();
  const trpc = useTRPC();
  const readError = useSettingsError();
  const [params, setParams] = useUrlParams(URL_KEYS);
  const people = useAllEmployees();
  const names = useMemo(
    () => new Map((people.employees ?? []).map((employee) => [employee.id, employee.name])),
    [people.employees],
  );
  const resource = isResource(params.resource) ? params.resource : "company";
  const action = isAction(params.action) ? params.action : "view";
  const employeeName = params.employee ? (names.get(params.employee) ?? params.employee) : null;
  const viewAsList = VIEW_AS_LISTS.find((list) => list === params.list) ?? "companies";

  const answer = useQuery(
    trpc.permissions.explain.queryOptions(
      {
        employeeId: params.employee ?? "",
        resource,
        action,
        recordId: params.record ?? undefined,
      },
      { enabled: Boolean(params.employee) },
    ),
  );
  const error = readError(answer.error);
  const initial: TExplainQuestion = {
    employee: params.employee ? { id: params.employee, name: employeeName ?? "" } : null,
    resource,
    action,
    record: params.record ?? "",
  };
  const question = [employeeName, t(ACTION_LABELS[action]), t(RESOURCE_LABELS[resource])]
    .filter(Boolean)
    .join(" · ");

  return (
    <div className="space-y-5">
      <SettingsPageHeader title={t("settings.area.explain")} intro={t("settings.explain.intro")} />
      <ExplainForm
        // A new question from the URL (a link, back/forward) starts the form afresh.
        key={JSON.stringify({ ...params, list: null, q: null, employeeName })}
        initial={initial}
        asking={answer.isFetching}
        error={error}
        onAsk={(next) =>
          setParams({
            employee: next.employee?.id ?? null,
            resource: next.resource,
            action: next.action,
            record: next.record || null,
          })
        }
      />
      <div aria-live="polite">
        {answer.isError ? (
          <ActionError error={error} />
        ) : answer.data ? (
          <ExplainResult result={answer.data} question={question} />
        ) : null}
      </div>
      <ViewAsList
        employee={params.employee ? { id: params.employee, name: employeeName ?? "" } : null}
        list={viewAsList}
        search={params.q ?? ""}
        onChange={(patch) =>
          setParams({
            ...(patch.list ? { list: patch.list } : {}),
            ...(patch.search !== undefined ? { q: patch.search || null } : {}),
          })
        }
      />
    </div>
  );
}

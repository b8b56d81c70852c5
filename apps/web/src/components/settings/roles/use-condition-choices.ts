"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";

import type { IdRef, Resource } from "@charter/core/engine";

import { useTRPC } from "~/trpc/react";

import { useAllEmployees } from "../employees/use-employee-lookups";
import { departmentChoices } from "../org/department-tree";

export type TValueChoice = { value: string; label: string; group?: string };

/**
 * The ids a value may be picked from: a list, or null when the reader types the id (records
 * such as companies and deals, or a list the reader may not read).
 */
export type TRefChoices = { choices: TValueChoice[] | null; loading: boolean; failed: boolean };

export type TConditionChoices = {
  choicesOf: (ref: IdRef, resource: Resource) => TRefChoices;
  /** The name of an id any list read so far holds (a stage with its pipeline), if known. */
  nameOf: (id: string) => string | undefined;
};

const READ = { staleTime: 60_000 } as const;
const TYPED: TRefChoices = { choices: null, loading: false, failed: false };

// Record types belong to a kind of card; a type id on a company names a company type.
const CARD_KINDS: Partial<Record<Resource, "company" | "contact" | "object">> = {
  company: "company",
  contact: "contact",
  object: "object",
};

function listed<T>(
  query: { data?: T; isPending: boolean; isError: boolean },
  toChoices: (data: T) => TValueChoice[],
): TRefChoices {
  if (query.data !== undefined)
    return { choices: toChoices(query.data), loading: false, failed: false };
  return { choices: null, loading: query.isPending && !query.isError, failed: query.isError };
}

/**
 * The choices for each kind of id a condition compares, read only for the kinds in `refs`
 * (employees come from the list every roles page reads anyway). Stages are named with their
 * pipeline, so a stage right (`stageId in [...]`) is picked by name.
 */
export function useConditionChoices(refs: ReadonlySet<IdRef>): TConditionChoices {
  const trpc = useTRPC();
  const employees = useAllEmployees();
  const departments = useQuery(
    trpc.org.listDepartments.queryOptions({}, { ...READ, enabled: refs.has("department") }),
  );
  const directions = useQuery(
    trpc.org.listDirections.queryOptions({}, { ...READ, enabled: refs.has("direction") }),
  );
  const branches = useQuery(
    trpc.org.listBranches.queryOptions({}, { ...READ, enabled: refs.has("branch") }),
  );
  const pipelines = useQuery(
    trpc.pipelines.list.queryOptions(
      {},
      { ...READ, enabled: refs.has("pipeline") || refs.has("stage") },
    ),
  );
  const types = useQuery(
    trpc.fields.listTypes.queryOptions({}, { ...READ, enabled: refs.has("record-type") }),
  );

  const choicesOf = useCallback(
    (ref: IdRef, resource: Resource): TRefChoices => {
      switch (ref) {
        case "employee":
          return {
            choices: employees.employees
              ? employees.employees.map((employee) => ({
                  value: employee.id,
                  label: employee.name,
                }))
              : null,
            loading: employees.isPending && !employees.isError,
            failed: employees.isError,
          };
        case "department":
          return listed(departments, (rows) => departmentChoices(rows));
        case "direction":
          return listed(directions, (rows) =>
            rows.map((row) => ({ value: row.id, label: `${row.name} (${row.code})` })),
          );
        case "branch":
          return listed(branches, (rows) =>
            rows.map((row) => ({ value: row.id, label: row.name })),
          );
        case "pipeline":
          return listed(pipelines, (rows) =>
            rows.map((row) => ({ value: row.id, label: row.name })),
          );
        case "stage":
          return listed(pipelines, (rows) =>
            rows.flatMap((pipeline) =>
              pipeline.stages.map((stage) => ({
                value: stage.id,
                label: stage.name,
                group: pipeline.name,
              })),
            ),
          );
        case "record-type":
          return listed(types, (rows) =>
            rows
              .filter((row) => row.kind === CARD_KINDS[resource])
              .map((row) => ({ value: row.id, label: row.name })),
          );
        default:
          return TYPED;
      }
    },
    [employees, departments, directions, branches, pipelines, types],
  );
  const names = useMemo(() => {
    const byId = new Map<string, string>();
    for (const employee of employees.employees ?? []) byId.set(employee.id, employee.name);
    for (const row of [
      ...(departments.data ?? []),
      ...(directions.data ?? []),
      ...(branches.data ?? []),
      ...(pipelines.data ?? []),
      ...(types.data ?? []),
    ]) {
      byId.set(row.id, row.name);
    }
    for (const pipeline of pipelines.data ?? []) {
      for (const stage of pipeline.stages) byId.set(stage.id, `${stage.name} (${pipeline.name})`);
    }
    return byId;
  }, [
    employees.employees,
    departments.data,
    directions.data,
    branches.data,
    pipelines.data,
    types.data,
  ]);
  const nameOf = useCallback((id: string) => names.get(id), [names]);
  return useMemo(() => ({ choicesOf, nameOf }), [choicesOf, nameOf]);
}

"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";

import type { RouterOutputs } from "@charter/api";

import { useTRPC } from "~/trpc/react";

import { useBranches, useDepartments, useDirections } from "../org/use-org-queries";
import { departmentChoices } from "../org/department-tree";

type TListedEmployee = RouterOutputs["employees"]["list"]["items"][number];

const PAGE = 100;

/**
 * Every employee the reader may see, page after page: the people a manager is chosen from and
 * whom a filter runs over. A company's staff is a few pages at most. (The list's input is
 * strict, so tRPC's infinite queries, which add a `direction` to it, cannot be used.)
 */
export function useAllEmployees(search?: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { search: search || undefined, limit: PAGE };
  const query = useQuery({
    queryKey: [...trpc.employees.list.queryKey(input), "every-page"],
    queryFn: async () => {
      const employees: TListedEmployee[] = [];
      let cursor: string | undefined;
      do {
        const page = await queryClient.fetchQuery(
          trpc.employees.list.queryOptions({ ...input, cursor }),
        );
        employees.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return employees;
    },
    staleTime: 30_000,
  });
  return { ...query, employees: query.data, complete: query.isSuccess };
}

/** Departments, branches and directions as choices and names; empty where the reader may not read them. */
export function usePlacementLookups() {
  const departments = useDepartments();
  const branches = useBranches();
  const directions = useDirections();
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const row of [
      ...(departments.data ?? []),
      ...(branches.data ?? []),
      ...(directions.data ?? []),
    ]) {
      names.set(row.id, row.name);
    }
    return {
      nameOf: (id: string | null) => (id ? names.get(id) : undefined),
      departments: departmentChoices(departments.data ?? []),
      branches: (branches.data ?? []).map((row) => ({ value: row.id, label: row.name })),
      directions: (directions.data ?? []).map((row) => ({
        value: row.id,
        label: `${row.name} (${row.code})`,
      })),
      loading: departments.isPending || branches.isPending || directions.isPending,
      unavailable: departments.isError || branches.isError || directions.isError,
    };
  }, [
    departments.data,
    branches.data,
    directions.data,
    departments.isPending,
    branches.isPending,
    directions.isPending,
    departments.isError,
    branches.isError,
    directions.isError,
  ]);
}

/** Names of the employees the reader may see, by id: for ids in logs, conditions and answers. */
export function useEmployeeNames(): (id: string | null | undefined) => string | undefined {
  const everyone = useAllEmployees();
  const names = useMemo(
    () => new Map((everyone.employees ?? []).map((employee) => [employee.id, employee.name])),
    [everyone.employees],
  );
  return (id) => (id ? names.get(id) : undefined);
}

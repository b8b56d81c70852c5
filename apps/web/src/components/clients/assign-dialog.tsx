"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Combobox, type TComboboxOption } from "~/components/ui/combobox";
import { Dialog } from "~/components/ui/dialog";
import { useT } from "~/i18n/i18n-provider";
import { useDebouncedValue } from "~/lib/use-debounced-value";
import type { TShownApiError } from "~/lib/use-api-error";
import { useTRPC } from "~/trpc/react";

const SUGGESTIONS = 20;

/**
 * Whether the reader can pick a responsible here at all: the only list of employees the API
 * offers needs the employees settings right. Without it the action is not offered.
 */
export function useCanPickEmployees(): boolean {
  const trpc = useTRPC();
  const probe = useQuery({
    ...trpc.employees.list.queryOptions({ limit: SUGGESTIONS }),
    retry: false,
  });
  return probe.isSuccess;
}

type TAssignDialogProps = {
  open: boolean;
  onClose: () => void;
  recordName: string;
  currentResponsibleId: string;
  onAssign: (employee: { id: string; name: string }) => void;
  pending: boolean;
  error: TShownApiError | null;
};

/** Hands a record to another employee, picked by name. */
export function AssignDialog({
  open,
  onClose,
  recordName,
  currentResponsibleId,
  onAssign,
  pending,
  error,
}: TAssignDialogProps) {
  const t = useT();
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const [picked, setPicked] = useState<TComboboxOption | null>(null);
  const [missingPick, setMissingPick] = useState(false);
  const search = useDebouncedValue(query.trim());
  const employees = useQuery({
    ...trpc.employees.list.queryOptions({ search: search || undefined, limit: SUGGESTIONS }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const options: TComboboxOption[] = (employees.data?.items ?? [])
    .filter((employee) => employee.id !== currentResponsibleId && employee.status !== "blocked")
    .map((employee) => ({
      value: employee.id,
      label: employee.name,
      detail: employee.position ?? undefined,
    }));

  function submit() {
    if (!picked || picked.label !== query) {
      setMissingPick(true);
      return;
    }
    onAssign({ id: picked.value, name: picked.label });
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      busy={pending}
      title={t("clients.assign.title")}
      description={t("clients.assign.description", { name: recordName })}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={pending} loadingText={t("clients.assign.pending")}>
            {t("clients.assign.submit")}
          </Button>
        </>
      }
    >
      <div className="space-y-4">
        <Combobox
          label={t("clients.assign.employee")}
          query={query}
          onQueryChange={(value) => {
            setQuery(value);
            setMissingPick(false);
          }}
          options={options}
          onSelect={(option) => {
            setPicked(option);
            setQuery(option.label);
            setMissingPick(false);
          }}
          loading={employees.isFetching}
          placeholder={t("clients.assign.placeholder")}
          error={missingPick ? t("clients.assign.pickFirst") : undefined}
        />
        {employees.isError ? <Alert tone="error">{t("common.loadFailed")}</Alert> : null}
        {error ? <Alert tone="error">{error.message}</Alert> : null}
      </div>
    </Dialog>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormDialog } from "~/components/ui/form-dialog";
import { useToast } from "~/components/ui/toast";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { ActionError } from "../shared/action-error";
import type { TDealDetail } from "../shared/deal-types";
import { RecordPicker, type TRecordRef } from "../shared/record-picker";
import { usePeopleOptions } from "../shared/use-people";
import { useDealSaved } from "./use-deal-saved";

/**
 * Hands the deal to another responsible (the `assign` right, offered where the deal's `can`
 * says so), at the version the reader opened. A hand-over that takes the deal out of the
 * reader's reach leaves its page for the board.
 */
export function AssignDialog({ deal, onClose }: { deal: TDealDetail; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const saved = useDealSaved();
  const [version, setVersion] = useState(deal.version);
  const [person, setPerson] = useState<TRecordRef | null>(deal.responsible);
  const [text, setText] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [reloading, setReloading] = useState(false);
  const people = usePeopleOptions(text);
  const assign = useMutation(
    trpc.deals.assign.mutationOptions({
      onSuccess: (result) => {
        toast(t("deals.assign.done", { name: result.responsible.name }), "success");
        if (!result.can.view) {
          // Out of reach now: its page would be a 404. The board no longer shows it either.
          void queryClient.invalidateQueries(trpc.deals.pathFilter());
          router.push("/deals");
          return;
        }
        saved(result);
        onClose();
      },
    }),
  );

  async function reload() {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({
        ...trpc.deals.get.queryOptions({ id: deal.id }),
        staleTime: 0,
      });
      setVersion(fresh.version);
      assign.reset();
    } finally {
      setReloading(false);
    }
  }

  function submit() {
    if (!person) {
      setMissing(true);
      return;
    }
    if (person.id === deal.responsible.id) {
      onClose();
      return;
    }
    assign.mutate({ id: deal.id, version, responsibleId: person.id });
  }

  return (
    <FormDialog
      onClose={onClose}
      pending={assign.isPending}
      title={t("deals.assign.title")}
      size="sm"
      submitLabel={t("deals.assign.submit")}
      onSubmit={submit}
    >
      <div aria-live="polite">
        {assign.error ? (
          <ActionError error={assign.error} onReload={() => void reload()} reloading={reloading} />
        ) : null}
      </div>
      <RecordPicker
        label={t("deals.field.responsible")}
        value={person}
        onChange={(next) => {
          setPerson(next);
          setMissing(false);
        }}
        options={people.options}
        loading={people.loading}
        onSearch={setText}
        error={missing ? t("errors.validation.required") : undefined}
      />
    </FormDialog>
  );
}

"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";

import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { Dialog } from "~/components/ui/dialog";
import { TextField } from "~/components/ui/text-field";
import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";
import { useApiError } from "~/lib/use-api-error";

import { toFilterQuery, type TSavedFilter } from "./saved-filters";
import { useSavedFilters } from "./use-saved-filters";

/**
 * The reader's saved filters as chips above the list: one click applies one, × forgets it
 * (after asking), "Save filters" keeps the current ones under a name. The API keeps them for
 * the reader alone, so they follow them to any browser.
 */
export function SavedFiltersBar() {
  const t = useT();
  const router = useRouter();
  const search = useSearchParams();
  const readError = useApiError();
  const { filters, loading, failed, save, remove } = useSavedFilters();
  const [naming, setNaming] = useState(false);
  const [forgetting, setForgetting] = useState<TSavedFilter | null>(null);
  const [forgetPending, setForgetPending] = useState(false);
  const [forgetError, setForgetError] = useState<string | null>(null);
  const current = toFilterQuery(new URLSearchParams(search.toString()));

  function apply(filter: TSavedFilter) {
    const query = new URLSearchParams(filter.query);
    query.set("view", "list");
    query.sort();
    router.push(`/deals?${query.toString()}`, { scroll: false });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t("deals.saved.title")}
      </h2>
      {loading ? (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      ) : failed ? (
        <p className="text-sm text-red-700">{t("errors.unexpected")}</p>
      ) : filters.length === 0 ? (
        <p className="text-sm text-slate-500">{t("deals.saved.none")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {filters.map((filter) => {
            const active = filter.query === current;
            return (
              <li
                key={filter.id}
                className={cn(
                  "inline-flex items-center rounded-full text-sm ring-1 ring-inset",
                  active
                    ? "bg-indigo-600 text-white ring-indigo-600"
                    : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
                )}
              >
                <button
                  type="button"
                  aria-pressed={active}
                  onClick={() => apply(filter)}
                  className="rounded-l-full py-1 pr-1 pl-3 font-medium"
                >
                  {filter.name}
                </button>
                <button
                  type="button"
                  onClick={() => setForgetting(filter)}
                  aria-label={t("deals.saved.forgetNamed", { name: filter.name })}
                  className={cn(
                    "rounded-r-full py-1 pr-2.5 pl-1",
                    active
                      ? "text-indigo-100 hover:text-white"
                      : "text-slate-400 hover:text-slate-700",
                  )}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <Button
        variant="ghost"
        size="sm"
        onClick={() => setNaming(true)}
        disabled={current === ""}
        title={current === "" ? t("deals.saved.nothingToSave") : undefined}
      >
        {t("deals.saved.save")}
      </Button>
      {naming ? (
        <SaveFilterDialog
          existing={filters}
          onClose={() => setNaming(false)}
          onSave={async (name) => {
            await save(name, current);
            setNaming(false);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={forgetting !== null}
        onCancel={() => {
          setForgetting(null);
          setForgetError(null);
        }}
        onConfirm={() => {
          if (!forgetting) return;
          setForgetPending(true);
          remove(forgetting.id)
            .then(() => {
              setForgetting(null);
              setForgetError(null);
            })
            .catch((error: unknown) => setForgetError(readError(error)?.message ?? null))
            .finally(() => setForgetPending(false));
        }}
        pending={forgetPending}
        error={forgetError}
        title={t("deals.saved.forgetTitle")}
        confirmLabel={t("deals.saved.forget")}
        pendingLabel={t("deals.saved.forget")}
      >
        <p>{t("deals.saved.forgetBody", { name: forgetting?.name ?? "" })}</p>
      </ConfirmDialog>
    </div>
  );
}

function SaveFilterDialog({
  existing,
  onClose,
  onSave,
}: {
  existing: readonly TSavedFilter[];
  onClose: () => void;
  onSave: (name: string) => Promise<void>;
}) {
  const t = useT();
  const readError = useApiError();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const replaces = existing.some(
    (filter) => filter.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase(),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError(t("errors.validation.required"));
      return;
    }
    setPending(true);
    onSave(name.trim())
      .catch((failure: unknown) => {
        const shown = readError(failure);
        setError(shown?.fieldMessage("name") ?? shown?.message ?? null);
      })
      .finally(() => setPending(false));
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t("deals.saved.saveTitle")}
      description={t("deals.saved.saveHint")}
      size="sm"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form="save-deal-filter" disabled={pending}>
            {t("common.save")}
          </Button>
        </>
      }
    >
      <form id="save-deal-filter" onSubmit={submit} noValidate>
        <TextField
          label={t("deals.saved.name")}
          value={name}
          maxLength={60}
          required
          requiredLabel={t("common.required")}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
          error={error}
          hint={replaces ? t("deals.saved.replaces") : undefined}
        />
      </form>
    </Dialog>
  );
}

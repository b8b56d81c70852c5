"use client";

import { useQuery } from "@tanstack/react-query";

import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { CompanyPicker } from "./company-picker";

type TCompanyFilterProps = {
  companyId: string | null;
  onChange: (companyId: string | null) => void;
};

/** Narrows the contacts to one company: a picker, then a chip that says which and lifts it. */
export function CompanyFilter({ companyId, onChange }: TCompanyFilterProps) {
  const t = useT();
  const trpc = useTRPC();
  const company = useQuery({
    ...trpc.companies.get.queryOptions({ id: companyId ?? "" }),
    enabled: companyId !== null,
    retry: false,
    select: (data) => data.name,
  });

  if (companyId === null) {
    return (
      <div className="w-full max-w-xs">
        <CompanyPicker
          label={t("clients.contacts.companyFilter")}
          hideLabel
          placeholder={t("clients.contacts.companyFilterPlaceholder")}
          onPick={(picked) => onChange(picked.id)}
        />
      </div>
    );
  }

  const name = company.data ?? t("common.none");
  return (
    <p className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-1 pr-1 pl-3 text-sm font-medium text-indigo-800 ring-1 ring-indigo-600/20 ring-inset">
      {t("clients.contacts.filteredBy", { name })}
      <button
        type="button"
        onClick={() => onChange(null)}
        aria-label={t("common.removeFilter", { name })}
        className="rounded-full px-1.5 text-indigo-600 hover:bg-indigo-100 hover:text-indigo-900"
      >
        <span aria-hidden="true">×</span>
      </button>
    </p>
  );
}

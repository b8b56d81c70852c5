"use client";

import { useQuery } from "@tanstack/react-query";

import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

import { CompanyPicker } from "./company-picker";

type TContactCompanyFieldProps = {
  companyId: string | null;
  onChange: (companyId: string | null) => void;
  disabled?: boolean;
};

/** Which company a contact works for: picked by name, or unlinked. */
export function ContactCompanyField({ companyId, onChange, disabled }: TContactCompanyFieldProps) {
  const t = useT();
  const trpc = useTRPC();
  const current = useQuery({
    ...trpc.companies.get.queryOptions({ id: companyId ?? "" }),
    enabled: companyId !== null,
    retry: false,
    select: (data) => data.name,
  });
  if (companyId !== null && current.isPending) return null;
  return (
    <div className="flex flex-wrap items-end gap-2 sm:col-span-2">
      <div className="min-w-64 flex-1">
        <CompanyPicker
          // A new key per company restarts the box with that company's name.
          key={companyId ?? "none"}
          label={t("clients.contact.company")}
          placeholder={t("clients.contact.companyPlaceholder")}
          initialQuery={current.data ?? ""}
          onPick={(company) => onChange(company.id)}
        />
      </div>
      {companyId !== null ? (
        <Button variant="ghost" onClick={() => onChange(null)} disabled={disabled}>
          {t("clients.contact.removeCompany")}
        </Button>
      ) : null}
    </div>
  );
}

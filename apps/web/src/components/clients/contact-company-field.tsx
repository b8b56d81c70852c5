"use client";

import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";

import { CompanyPicker } from "./company-picker";

type TCompany = { id: string; name: string };

type TContactCompanyFieldProps = {
  company: TCompany | null;
  onChange: (company: TCompany | null) => void;
  disabled?: boolean;
};

/** Which company a contact works for: picked by name, or unlinked. */
export function ContactCompanyField({ company, onChange, disabled }: TContactCompanyFieldProps) {
  const t = useT();
  return (
    <div className="flex flex-wrap items-end gap-2 sm:col-span-2">
      <div className="min-w-64 flex-1">
        <CompanyPicker
          // A new key per company restarts the box with that company's name.
          key={company?.id ?? "none"}
          label={t("clients.contact.company")}
          placeholder={t("clients.contact.companyPlaceholder")}
          initialQuery={company?.name ?? ""}
          onPick={onChange}
        />
      </div>
      {company !== null ? (
        <Button variant="ghost" onClick={() => onChange(null)} disabled={disabled}>
          {t("clients.contact.removeCompany")}
        </Button>
      ) : null}
    </div>
  );
}

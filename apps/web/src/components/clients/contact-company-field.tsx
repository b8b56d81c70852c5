"use client";

import { Button } from "~/components/ui/button";
import { useT } from "~/i18n/i18n-provider";

import { CompanyLink } from "./company-link";
import { CompanyPicker } from "./company-picker";

type TCompany = { id: string; name: string };

type TContactCompanyFieldProps = {
  company: TCompany | null;
  onChange: (company: TCompany | null) => void;
  disabled?: boolean;
  /** A role's rule lets the reader see the company but not change it. */
  readOnly?: boolean;
};

/** Which company a contact works for: picked by name, or unlinked. */
export function ContactCompanyField({
  company,
  onChange,
  disabled,
  readOnly,
}: TContactCompanyFieldProps) {
  const t = useT();
  if (readOnly) {
    return (
      <div className="space-y-1 sm:col-span-2">
        <p className="text-sm font-medium text-slate-800">{t("clients.contact.company")}</p>
        <p className="text-sm">
          <CompanyLink company={company} />
        </p>
        <p className="text-xs text-slate-500">{t("clients.card.readOnlyField")}</p>
      </div>
    );
  }
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

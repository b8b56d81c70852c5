"use client";

import Link from "next/link";

import { useT } from "~/i18n/i18n-provider";

/**
 * A contact's company by name, linked to its card. The API names the company only where the
 * reader may see it; otherwise it is null (it does not exist for them) and shows a dash.
 */
export function CompanyLink({ company }: { company: { id: string; name: string } | null }) {
  const t = useT();
  if (!company) return <span className="text-slate-400">{t("common.none")}</span>;
  return (
    <Link href={`/clients/companies/${company.id}`} className="text-indigo-700 hover:underline">
      {company.name}
    </Link>
  );
}

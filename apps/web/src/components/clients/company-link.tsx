"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { Skeleton } from "~/components/ui/skeleton";
import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

/**
 * A contact's company by name, linked to its card. Contacts carry only the company's id, so
 * the name is read from the company itself; a company the reader may not see shows nothing
 * (it does not exist for them), not its id.
 */
export function CompanyLink({ companyId }: { companyId: string | null }) {
  const t = useT();
  const trpc = useTRPC();
  const company = useQuery({
    ...trpc.companies.get.queryOptions({ id: companyId ?? "" }),
    enabled: companyId !== null,
    retry: false,
    select: (data) => ({ id: data.id, name: data.name }),
  });
  if (!companyId || company.isError)
    return <span className="text-slate-400">{t("common.none")}</span>;
  if (company.isPending) return <Skeleton className="h-4 w-32" />;
  return (
    <Link
      href={`/clients/companies/${company.data.id}`}
      className="text-indigo-700 hover:underline"
    >
      {company.data.name}
    </Link>
  );
}

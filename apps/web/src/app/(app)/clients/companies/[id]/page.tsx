import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";

import { CompanyCard } from "~/components/clients/company-card";
import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";
import { getQueryClient, HydrateClient, isNothingToShow, serverTRPC } from "~/trpc/server";

type TCompanyPageProps = { params: Promise<{ id: string }> };

/**
 * Loads the company while the page renders: a wrong id and a company the reader may not see
 * are both a real 404 (SPEC D7), and the card starts with its data. Null means not found.
 */
const loadCompany = cache(async (id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  try {
    return await getQueryClient().fetchQuery(serverTRPC.companies.get.queryOptions({ id }));
  } catch (error) {
    if (isNothingToShow(error)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: TCompanyPageProps): Promise<Metadata> {
  const { id } = await params;
  const company = await loadCompany(id);
  const { t } = await getTranslator();
  return { title: company?.name ?? t("notFound.title") };
}

export default async function CompanyPage({ params }: TCompanyPageProps) {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { id } = await params;
  const company = await loadCompany(id);
  if (!company) notFound();
  return (
    <HydrateClient>
      <CompanyCard id={id} />
    </HydrateClient>
  );
}

import type { Metadata } from "next";

import { getTranslator } from "~/i18n/server";
import { requireSession } from "~/server/auth/session";

import { SECTION_LABELS, type TAppSection } from "./app-sections";
import { EmptyState } from "./empty-state";

export async function buildSectionMetadata(section: TAppSection): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t(SECTION_LABELS[section]) };
}

/** Stands in for a section until it is built, so the navigation never leads to a 404. */
export async function SectionPlaceholder({ section }: { section: TAppSection }) {
  // Layouts are kept across client navigations, so each page checks the session itself.
  await requireSession();
  const { t } = await getTranslator();
  return (
    <section aria-labelledby="section-heading" className="space-y-4">
      <h1 id="section-heading" className="text-xl font-semibold">
        {t(SECTION_LABELS[section])}
      </h1>
      <EmptyState title={t("comingSoon.title")}>{t("comingSoon.body")}</EmptyState>
    </section>
  );
}

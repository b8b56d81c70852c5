import type { Metadata } from "next";

import { NotFoundContent } from "~/components/not-found-content";
import { getTranslator } from "~/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notFound.title") };
}

/**
 * A record page's `notFound()` (a missing id, or a record the reader may not see) keeps the
 * shell around it, so the reader can go on from the navigation.
 */
export default function AppNotFound() {
  return <NotFoundContent />;
}

import type { Metadata } from "next";

import { MainContent } from "~/components/main-content";
import { NotFoundContent } from "~/components/not-found-content";
import { getTranslator } from "~/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notFound.title") };
}

/** Any unknown address, outside the signed-in shell. */
export default function NotFound() {
  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <MainContent>
        <NotFoundContent />
      </MainContent>
    </div>
  );
}

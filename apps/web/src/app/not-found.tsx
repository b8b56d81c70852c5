import type { Metadata } from "next";
import Link from "next/link";

import { MainContent } from "~/components/main-content";
import { getTranslator } from "~/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notFound.title") };
}

/**
 * Any unknown address, and any record the viewer may not see (SPEC D7): the same page for
 * both, so it never tells which one it was.
 */
export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <MainContent>
        <div className="mx-auto max-w-md text-center">
          <p className="text-sm font-semibold text-indigo-600">404</p>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t("notFound.title")}</h1>
          <p className="mt-2 text-sm text-slate-600">{t("notFound.body")}</p>
          <Link
            href="/"
            className="mt-6 inline-block rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500"
          >
            {t("notFound.home")}
          </Link>
        </div>
      </MainContent>
    </div>
  );
}

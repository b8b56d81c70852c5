import Link from "next/link";

import { getTranslator } from "~/i18n/server";

import { buttonClasses } from "./ui/button";

/**
 * What an unknown address and a record the reader may not see both show (SPEC D7): the same
 * words for both, so the page never tells which one it was.
 */
export async function NotFoundContent() {
  const { t } = await getTranslator();
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t("notFound.title")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("notFound.body")}</p>
      <Link href="/" className={`mt-6 ${buttonClasses("primary")}`}>
        {t("notFound.home")}
      </Link>
    </div>
  );
}

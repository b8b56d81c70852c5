import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { getTranslator } from "~/i18n/server";
import { resolveSafeCallbackUrl } from "~/lib/safe-callback-url";
import { getCurrentSession } from "~/server/auth/session";

import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("signIn.title") };
}

type TSignInPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SignInPage({ searchParams }: TSignInPageProps) {
  const params = await searchParams;
  const callbackUrl = resolveSafeCallbackUrl(params.callbackUrl);
  if (await getCurrentSession()) redirect(callbackUrl);

  const { t } = await getTranslator();
  const initialError = typeof params.error === "string" ? params.error : null;

  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold tracking-tight">{t("signIn.heading")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("signIn.intro")}</p>
        <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
      </div>
    </main>
  );
}

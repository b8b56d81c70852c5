import type { Metadata } from "next";
import type { ReactNode } from "react";

import { I18nProvider } from "~/i18n/i18n-provider";
import { CATALOGS } from "~/i18n/messages";
import { getTranslator } from "~/i18n/server";
import { TRPCReactProvider } from "~/trpc/react";

import { fontVariables } from "./fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return {
    title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
    description: t("app.description"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale } = await getTranslator();
  return (
    <html lang={locale} className={fontVariables}>
      <body className="min-h-screen font-sans">
        <I18nProvider locale={locale} messages={CATALOGS[locale]}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </I18nProvider>
      </body>
    </html>
  );
}

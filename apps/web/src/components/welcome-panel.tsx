"use client";

import { useQuery } from "@tanstack/react-query";

import { useT } from "~/i18n/i18n-provider";
import { useTRPC } from "~/trpc/react";

/** Read through tRPC rather than passed down, so the shell exercises the API end to end. */
export function WelcomePanel() {
  const t = useT();
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());

  if (me.isPending) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  if (me.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        {t("common.loadFailed")}
      </p>
    );

  return (
    <section
      aria-labelledby="welcome-heading"
      className="rounded-xl border border-slate-200 bg-white p-6"
    >
      <h1 id="welcome-heading" className="text-xl font-semibold">
        {t("home.welcome", { name: me.data.user.name })}
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        {t("home.signedInAs", { email: me.data.user.email, project: me.data.project.name })}
      </p>
    </section>
  );
}

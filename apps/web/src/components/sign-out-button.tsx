"use client";

import { useQueryClient } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useT } from "~/i18n/i18n-provider";

export function SignOutButton() {
  const t = useT();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);

  async function handleSignOut() {
    setPending(true);
    await signOut({ redirect: false });
    // Nothing the signed-out user fetched may stay in memory for whoever signs in next.
    queryClient.clear();
    router.replace("/sign-in");
    router.refresh();
  }

  return (
    <button
      type="button"
      // Its name follows the reader's language; specs that do not care which use the id.
      data-testid="sign-out"
      onClick={handleSignOut}
      disabled={pending}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50 disabled:opacity-60"
    >
      {t("shell.signOut")}
    </button>
  );
}

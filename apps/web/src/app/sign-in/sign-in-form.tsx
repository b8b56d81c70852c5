"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { useT } from "~/i18n/i18n-provider";
import { resolveSignInErrorKey } from "~/lib/sign-in-errors";

type TSignInFormProps = {
  callbackUrl: string;
  initialError: string | null;
};

const ERROR_ID = "sign-in-error";

function readField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export function SignInForm({ callbackUrl, initialError }: TSignInFormProps) {
  const router = useRouter();
  const t = useT();
  // The code is kept, not the words, so the message follows the page's language.
  const [errorCode, setErrorCode] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setErrorCode(null);

    const result = await signIn("credentials", {
      email: readField(form, "email"),
      password: readField(form, "password"),
      redirect: false,
    });

    if (!result?.ok || result.error) {
      setErrorCode(result?.error ?? "");
      setPending(false);
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  const error = errorCode === null ? null : t(resolveSignInErrorKey(errorCode));
  const describedBy = error ? ERROR_ID : undefined;

  return (
    <form
      className="mt-6 space-y-4"
      onSubmit={handleSubmit}
      aria-label={t("signIn.submit")}
      noValidate
    >
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium">
          {t("signIn.email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-xs focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 focus:outline-none"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">
          {t("signIn.password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-xs focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 focus:outline-none"
        />
      </div>
      <p id={ERROR_ID} role="alert" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60"
      >
        {pending ? t("signIn.pending") : t("signIn.submit")}
      </button>
    </form>
  );
}

"use client";

import Link from "next/link";

import { useT } from "~/i18n/i18n-provider";

/** Back to the employee list. */
export function BackLink() {
  const t = useT();
  return (
    <Link
      href="/settings/employees"
      className="text-sm font-medium text-indigo-700 hover:underline"
    >
      <span aria-hidden="true">← </span>
      {t("settings.employees.backToList")}
    </Link>
  );
}

"use client";

import Link from "next/link";

/** Back to a settings list from one of its records. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="text-sm font-medium text-indigo-700 hover:underline">
      <span aria-hidden="true">← </span>
      {label}
    </Link>
  );
}

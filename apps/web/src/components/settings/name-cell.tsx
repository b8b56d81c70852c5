"use client";

import Link from "next/link";

/** A record's name in a settings table, linking to its page, with its description under it. */
export function NameCell({
  href,
  name,
  description,
}: {
  href: string;
  name: string;
  description: string | null;
}) {
  return (
    <span className="flex flex-col gap-0.5">
      <Link href={href} className="text-indigo-700 hover:underline">
        {name}
      </Link>
      {description ? (
        <span className="text-xs font-normal text-slate-500">{description}</span>
      ) : null}
    </span>
  );
}

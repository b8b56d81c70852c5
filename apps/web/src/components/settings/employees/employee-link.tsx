"use client";

import Link from "next/link";

/** An employee's name, linking to their settings page. */
export function EmployeeLink({ id, name }: { id: string; name: string }) {
  return (
    <Link href={`/settings/employees/${id}`} className="text-indigo-700 hover:underline">
      {name}
    </Link>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";

type TRecordHeaderProps = {
  breadcrumbLabel: string;
  /** Where the record's list is, e.g. the clients page on the companies tab. */
  parent: { href: string; label: string };
  title: string;
  badges?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
};

/** The top of a record's card: the way back, its name as the page's heading, and what one may do. */
export function RecordHeader({
  breadcrumbLabel,
  parent,
  title,
  badges,
  subtitle,
  actions,
}: TRecordHeaderProps) {
  return (
    <header className="space-y-3">
      <nav aria-label={breadcrumbLabel}>
        <ol className="flex items-center gap-2 text-sm text-slate-500">
          <li>
            <Link href={parent.href} className="hover:text-slate-900 hover:underline">
              {parent.label}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="truncate font-medium text-slate-700">
            {title}
          </li>
        </ol>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">
              {title}
            </h1>
            {badges}
          </div>
          {subtitle ? <div className="mt-1 text-sm text-slate-600">{subtitle}</div> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}

"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";

import { useT } from "~/i18n/i18n-provider";
import { cn } from "~/lib/cn";

type TDealsSection = "board" | "list" | "interests";

function viewHref(search: URLSearchParams, view: "board" | "list"): string {
  // Board and list share their filters: switching keeps what the reader narrowed down.
  const next = new URLSearchParams(search);
  if (view === "board") {
    next.delete("view");
    next.delete("stage");
    next.delete("sort");
  } else next.set("view", "list");
  next.sort();
  const query = next.toString();
  return query ? `/deals?${query}` : "/deals";
}

/** The deals area's heading, its views (board, list, interests) and the page's actions. */
export function DealsNav({
  current,
  title,
  intro,
  actions,
}: {
  current: TDealsSection;
  title: string;
  intro: string;
  actions?: ReactNode;
}) {
  const t = useT();
  const search = useSearchParams();
  const params = new URLSearchParams(current === "interests" ? "" : search.toString());
  const links: { key: TDealsSection; href: string; label: string }[] = [
    { key: "board", href: viewHref(params, "board"), label: t("deals.views.board") },
    { key: "list", href: viewHref(params, "list"), label: t("deals.views.list") },
    { key: "interests", href: "/deals/interests", label: t("deals.views.interests") },
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="deals-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
            {title}
          </h1>
          <p className="mt-1 text-sm text-slate-600">{intro}</p>
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      <nav aria-label={t("deals.views.label")}>
        <ul className="flex gap-1 border-b border-slate-200">
          {links.map((link) => (
            <li key={link.key}>
              <Link
                href={link.href}
                aria-current={link.key === current ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex border-b-2 px-3 py-2 text-sm font-medium transition-colors",
                  link.key === current
                    ? "border-indigo-600 text-indigo-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

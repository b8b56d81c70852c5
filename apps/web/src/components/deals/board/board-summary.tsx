"use client";

import { useT } from "~/i18n/i18n-provider";

import type { TBoard } from "../shared/deal-types";
import { addAmounts } from "../shared/money";
import { useMoney } from "../shared/use-money";

/** Open deals of the pipeline and their value per currency, from the server's column totals. */
export function BoardSummary({ board }: { board: TBoard }) {
  const t = useT();
  const money = useMoney();
  const open = board.columns.filter((column) => column.outcome === "open");
  const count = open.reduce((total, column) => total + column.count, 0);
  const hidden = open.some((column) => column.sums === undefined);
  const totals = new Map<string, string>();
  for (const column of open)
    for (const sum of column.sums ?? [])
      totals.set(sum.currency, addAmounts(totals.get(sum.currency) ?? "0", sum.amount));
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-600">
      <span>{t("deals.board.openCount", { count })}</span>
      {hidden
        ? null
        : [...totals].map(([currency, amount]) => (
            <span key={currency} className="font-semibold text-slate-900 tabular-nums">
              {money(amount, currency)}
            </span>
          ))}
    </p>
  );
}

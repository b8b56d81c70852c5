"use client";

import { useState } from "react";

import { Button } from "~/components/ui/button";
import { Panel } from "~/components/ui/panel";
import { useFormatters, useT } from "~/i18n/i18n-provider";

import type { TDealDetail } from "../shared/deal-types";
import { useMoney } from "../shared/use-money";
import { ProductsDialog } from "./products-dialog";

/**
 * The deal's product lines; when there are any, they make up the amount. Prices, discounts
 * and totals are left out for a reader the amount is hidden from, and so is editing them.
 */
export function DealProducts({ deal }: { deal: TDealDetail }) {
  const t = useT();
  const money = useMoney();
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  const pricesShown = deal.amount !== undefined;
  // Lines make up the amount: a reader who may not see it may not set them either. A
  // read-only amount (a field rule) still refuses the save, and the dialog says why.
  const mayEdit = deal.can.edit && pricesShown;

  return (
    <Panel
      title={t("deals.products.title")}
      aside={
        mayEdit ? (
          <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
            {deal.lines.length > 0 ? t("deals.products.edit") : t("deals.products.add")}
          </Button>
        ) : null
      }
    >
      {deal.lines.length === 0 ? (
        <p className="text-sm text-slate-500">{t("deals.products.empty")}</p>
      ) : (
        <div className="-mx-5 overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("deals.products.caption")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                <th scope="col" className="px-5 py-2">
                  {t("deals.products.product")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("deals.products.quantity")}
                </th>
                {pricesShown ? (
                  <>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("deals.products.unitPrice")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("deals.products.discount")}
                    </th>
                    <th scope="col" className="px-5 py-2 text-right">
                      {t("deals.products.total")}
                    </th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {deal.lines.map((line) => (
                <tr key={line.id}>
                  <th scope="row" className="px-5 py-2.5 text-left font-medium text-slate-900">
                    {line.product.name}
                    <span className="block text-xs font-normal text-slate-500">
                      {line.product.sku}
                    </span>
                  </th>
                  <td className="px-3 py-2.5 text-right tabular-nums">
                    {format.number(line.quantity as `${number}`)}
                  </td>
                  {pricesShown ? (
                    <>
                      <td className="px-3 py-2.5 text-right tabular-nums">
                        {line.unitPrice ? money(line.unitPrice, deal.currency) : null}
                      </td>
                      <td className="px-3 py-2.5 text-right tabular-nums">
                        {line.discount && Number(line.discount) > 0
                          ? t("deals.products.percent", {
                              value: format.number(line.discount as `${number}`),
                            })
                          : t("common.none")}
                      </td>
                      <td className="px-5 py-2.5 text-right font-medium tabular-nums">
                        {line.total ? money(line.total, deal.currency) : null}
                      </td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
            {pricesShown && deal.amount !== undefined ? (
              <tfoot>
                <tr className="border-t border-slate-200">
                  <th scope="row" colSpan={4} className="px-5 py-2.5 text-right font-semibold">
                    {t("deals.products.dealTotal")}
                  </th>
                  <td className="px-5 py-2.5 text-right font-semibold tabular-nums">
                    {money(deal.amount, deal.currency)}
                  </td>
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      )}
      {editing ? <ProductsDialog deal={deal} onClose={() => setEditing(false)} /> : null}
    </Panel>
  );
}

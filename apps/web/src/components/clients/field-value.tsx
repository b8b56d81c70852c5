"use client";

import { useFormatters, useT } from "~/i18n/i18n-provider";
import { toPhoneHref, toWebHref } from "~/lib/safe-href";

import type { TCustomFieldType } from "./card-types";

const LINK = "text-indigo-700 underline-offset-2 hover:underline";

type TFieldValueProps = {
  type: TCustomFieldType;
  value: string | boolean | null | undefined;
};

/** One value of a record as a reader expects it: formatted in their language, linked where useful. */
export function FieldValue({ type, value }: TFieldValueProps) {
  const t = useT();
  const format = useFormatters();

  if (type === "checkbox") return <>{value === true ? t("common.yes") : t("common.no")}</>;
  if (value === null || value === undefined || value === "" || typeof value === "boolean")
    return <span className="text-slate-400">{t("common.none")}</span>;

  switch (type) {
    case "number":
      return <>{/^-?\d+(\.\d+)?$/.test(value) ? format.number(value as `${number}`) : value}</>;
    case "date":
      return <time dateTime={value}>{format.calendarDate(value)}</time>;
    case "email":
      return (
        <a href={`mailto:${value}`} className={LINK}>
          {value}
        </a>
      );
    case "phone": {
      const href = toPhoneHref(value);
      return href ? (
        <a href={href} className={LINK}>
          {value}
        </a>
      ) : (
        <>{value}</>
      );
    }
    case "url": {
      const href = toWebHref(value);
      return href ? (
        <a href={href} className={LINK} target="_blank" rel="noopener noreferrer nofollow">
          {value}
        </a>
      ) : (
        <>{value}</>
      );
    }
    default:
      return <span className="whitespace-pre-line">{value}</span>;
  }
}

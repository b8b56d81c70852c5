import { DEFAULT_LOCALE, isLocale, type TLocale } from "./locales";

/**
 * The supported language the browser prefers most, from an `Accept-Language` header
 * (`cs-CZ,cs;q=0.9,en;q=0.8`). Regions are ignored: `ru-UA` still means Russian.
 */
export function pickLocaleFromAcceptLanguage(header: string | null | undefined): TLocale {
  if (!header) return DEFAULT_LOCALE;

  const ranked = header
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const qParam = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const quality = qParam ? Number(qParam.slice(2)) : 1;
      return {
        language: range.trim().toLowerCase().split("-")[0] ?? "",
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((entry) => entry.quality > 0)
    // Equal weights keep the header's order, as RFC 9110 intends.
    .sort((a, b) => b.quality - a.quality || a.index - b.index);

  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}

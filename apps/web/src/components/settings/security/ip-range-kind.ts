import type { TPlainMessageKey } from "~/i18n/translate";

type TStoredRange = { fromIp: string; toIp: string; cidr: string | null };

/** How a stored range was written: one address, a from–to pair or a CIDR block. */
export function ipRangeKind(range: TStoredRange): TPlainMessageKey {
  if (range.cidr) return "settings.security.kind.cidr";
  return range.fromIp === range.toIp
    ? "settings.security.kind.single"
    : "settings.security.kind.range";
}

export function ipFamily(range: TStoredRange): "IPv4" | "IPv6" {
  return range.fromIp.includes(":") ? "IPv6" : "IPv4";
}

/** The range as a person would write it again. */
export function ipRangeText(range: TStoredRange): string {
  if (range.cidr) return range.cidr;
  return range.fromIp === range.toIp ? range.fromIp : `${range.fromIp} – ${range.toIp}`;
}

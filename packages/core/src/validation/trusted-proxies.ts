import { parseIpRange, type IpRange } from "./ip-range";
import { accept, reject, type Validation } from "./result";

/**
 * Reads `TRUSTED_PROXIES`: comma-separated addresses or CIDRs (a from-to range works too).
 * Unset or blank means no proxy is trusted. One bad entry refuses the whole list: a typo here
 * would silently trust, or stop trusting, a proxy.
 */
export function parseTrustedProxies(value: string | undefined): Validation<IpRange[]> {
  const ranges: IpRange[] = [];
  const entries = (value ?? "").split(",").map((entry) => entry.trim());
  for (const [index, entry] of entries.entries()) {
    if (entry === "") continue;
    const range = parseIpRange(entry);
    if (!range.ok) {
      return reject(`TRUSTED_PROXIES entry ${index + 1}: ${range.message}`);
    }
    ranges.push(range.value);
  }
  return accept(ranges);
}

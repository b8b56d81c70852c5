/**
 * A link for a web address someone typed into a record, or null when it is not one. Only
 * http(s) is linked (never `javascript:` or `data:`); "example.com" gets https:// in front.
 */
export function toWebHref(value: string | null | undefined): string | null {
  const text = value?.trim() ?? "";
  if (text === "" || /\s/.test(text)) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return url.hostname.includes(".") ? url.toString() : null;
  } catch {
    return null;
  }
}

/** A `tel:` link keeping only what a dialler reads (digits, a leading +). */
export function toPhoneHref(value: string | null | undefined): string | null {
  const digits = (value ?? "").replace(/[^\d+]/g, "");
  return /^\+?\d{3,}$/.test(digits) ? `tel:${digits}` : null;
}

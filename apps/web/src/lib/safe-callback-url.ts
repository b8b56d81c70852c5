/**
 * Where to go after signing in. Only same-site paths are honoured, so a crafted link cannot
 * bounce a fresh session to another site.
 */
export function resolveSafeCallbackUrl(value: string | string[] | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate?.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\"))
    return "/";
  return candidate;
}

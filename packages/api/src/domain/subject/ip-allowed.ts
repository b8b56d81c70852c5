import type { PrismaClient } from "@charter/db/client";

/**
 * Whether `ip` lies in one of the project's allowed ranges (SPEC E1). PostgreSQL compares
 * `inet` values itself; ranges of the other address family never match (`family()`), and a
 * string that is not an address matches nothing rather than failing the request.
 */
export async function isIpAllowed(
  db: PrismaClient,
  projectId: string,
  ip: string,
): Promise<boolean> {
  const rows = await db.$queryRaw<{ allowed: boolean }[]>`
    select exists (
      select 1 from "AllowedIpRange" r
      where r."projectId" = ${projectId}::uuid
        and family(r."fromIp") = family(${ip}::inet)
        and r."fromIp" <= ${ip}::inet and ${ip}::inet <= r."toIp"
    ) as allowed`;
  return rows[0]?.allowed === true;
}

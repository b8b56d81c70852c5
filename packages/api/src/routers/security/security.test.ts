import { describe, expect, it } from "vitest";

import { callerFor, useSeededDatabase } from "../../testing/personas";

const getDb = useSeededDatabase();

describe("security: allowed IP ranges (E1)", () => {
  it("lets the Admin add a CIDR, a from–to range and an IPv6 network, audited", async () => {
    const admin = await callerFor(getDb(), "admin");

    const cidr = await admin.security.createIpRange({ range: "192.0.2.0/24", label: "Branch" });
    const pair = await admin.security.createIpRange({ range: "198.51.100.10 – 198.51.100.20" });
    const v6 = await admin.security.createIpRange({ range: "2001:db8::/48" });

    expect(cidr).toMatchObject({ fromIp: "192.0.2.0", toIp: "192.0.2.255", cidr: "192.0.2.0/24" });
    expect(pair).toMatchObject({ fromIp: "198.51.100.10", toIp: "198.51.100.20", cidr: null });
    expect(v6).toMatchObject({ fromIp: "2001:db8::", toIp: "2001:db8:0:ffff:ffff:ffff:ffff:ffff" });
    const listed = await admin.security.listIpRanges({});
    expect(listed.map((range) => range.id)).toEqual(
      expect.arrayContaining([cidr.id, pair.id, v6.id]),
    );
    const entry = await getDb().auditEntry.findFirstOrThrow({ where: { recordId: cidr.id } });
    expect(entry).toMatchObject({ action: "create", resource: "settings.security" });
  });

  it("refuses a range it cannot read with a message naming the field, and saves nothing", async () => {
    const admin = await callerFor(getDb(), "admin");
    const before = await getDb().allowedIpRange.count();
    await expect(admin.security.createIpRange({ range: "10.0.0.5/24" })).rejects.toThrow(/range:/);
    await expect(admin.security.createIpRange({ range: "10.0.0.9-10.0.0.1" })).rejects.toThrow(
      /range:/,
    );
    await expect(admin.security.createIpRange({ range: "10.0.0.1-2001:db8::1" })).rejects.toThrow(
      /range:/,
    );
    expect(await getDb().allowedIpRange.count()).toBe(before);
  });

  it("deletes with the current version only, and only the caller's project's ranges", async () => {
    const admin = await callerFor(getDb(), "admin");
    const range = await admin.security.createIpRange({ range: "203.0.113.0/25" });
    await expect(
      admin.security.deleteIpRange({ id: range.id, version: range.version + 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await getDb().allowedIpRange.findFirstOrThrow({
      where: { project: { slug: "charter-b2c" } },
    });
    await expect(
      admin.security.deleteIpRange({ id: other.id, version: other.version }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await admin.security.deleteIpRange({ id: range.id, version: range.version });
    expect(await getDb().allowedIpRange.findUnique({ where: { id: range.id } })).toBeNull();
  });

  it("keeps the security settings from a sales representative and the read-only admin", async () => {
    const rep = await callerFor(getDb(), "ivanova");
    const auditor = await callerFor(getDb(), "auditor");
    await expect(rep.security.listIpRanges({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(auditor.security.createIpRange({ range: "192.0.2.1" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

import { ownerOf, settingsRow } from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";

const ipRangeFixture: TFixtureFactory = async (db, ownerName) => {
  const owner = await ownerOf(db, ownerName);
  const range = await db.allowedIpRange.create({
    data: { projectId: owner.projectId, fromIp: "192.0.2.100", toIp: "192.0.2.100" },
  });
  return settingsRow(range, owner.id);
};

// Security settings are judged on the resource: they are not records.
export const SECURITY_CASES: TAccessCases = {
  "security.listIpRanges": {
    action: "view",
    resource: "settings.security",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.security.listIpRanges({}),
  },
  "security.createIpRange": {
    action: "create",
    resource: "settings.security",
    judge: "reach",
    fresh: false,
    call: (caller) => caller.security.createIpRange({ range: "192.0.2.200" }),
  },
  "security.deleteIpRange": {
    action: "delete",
    resource: "settings.security",
    judge: "reach",
    fixture: ipRangeFixture,
    fresh: true,
    call: (caller, range) =>
      caller.security.deleteIpRange({ id: range.id, version: range.version }),
  },
};

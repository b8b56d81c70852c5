import { describe, expect, it } from "vitest";

import { makeSubject, NOW, OTHER_PROJECT } from "../testing/fixtures";
import { earlier, later, mine, outcome, type Row } from "./decide-test-kit";
import type { Subject } from "./types";

const rows: Row[] = [
  // Step 1
  { name: "blocked", subject: { status: "blocked" }, record: mine, expected: "deny:1:blocked" },
  {
    name: "expired at this very instant",
    subject: { accessExpiresAt: NOW },
    record: mine,
    expected: "deny:1:expired",
  },
  {
    name: "expiry still ahead",
    subject: { accessExpiresAt: later },
    record: mine,
    expected: "allow",
  },
  {
    name: "record of another project",
    subject: { userType: "admin" },
    record: { ...mine, projectId: OTHER_PROJECT },
    expected: "deny:1:other-project",
  },
  {
    name: "record without a project",
    subject: { userType: "admin" },
    record: { responsibleId: "me" },
    expected: "deny:1:other-project",
  },
  {
    name: "no record for a record resource",
    subject: { userType: "admin" },
    record: null,
    expected: "deny:1:missing-record",
  },
  {
    name: "unknown status counts as blocked",
    subject: { status: "suspended" as Subject["status"] },
    record: mine,
    expected: "deny:1:blocked",
  },
  // Step 2
  {
    name: "IP-restricted outside the ranges",
    subject: { status: "ip_restricted", context: { now: NOW, ipAllowed: false } },
    record: mine,
    expected: "deny:2:ip-restricted",
  },
  {
    name: "IP-restricted inside the ranges",
    subject: { status: "ip_restricted" },
    record: mine,
    expected: "allow",
  },
  {
    name: "active users ignore the ranges",
    subject: { context: { now: NOW, ipAllowed: false } },
    record: mine,
    expected: "allow",
  },
  {
    name: "expiry is step 1, before the IP check",
    subject: {
      status: "ip_restricted",
      accessExpiresAt: earlier,
      context: { now: NOW, ipAllowed: false },
    },
    record: mine,
    expected: "deny:1:expired",
  },
];

describe("decide, steps 1–2: standing of the subject and the record", () => {
  it.each(rows)("$name → $expected", ({ subject, action, resource, record, expected }) => {
    expect(outcome(makeSubject(subject), action ?? "view", resource ?? "deal", record)).toBe(
      expected,
    );
  });
});

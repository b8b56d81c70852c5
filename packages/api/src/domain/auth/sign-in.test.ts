import { useTestDatabase } from "@charter/db/testing/vitest";
import { describe, expect, it } from "vitest";

import { createTestMember, TEST_PASSWORD } from "../../testing/factories";
import { signIn } from "./sign-in";
import { FAILURES_PER_ACCOUNT, FAILURES_PER_ADDRESS, SIGN_IN_WINDOW_MS } from "./sign-in-throttle";

const getDb = useTestDatabase();
const NOW = new Date("2026-11-22T10:00:00Z");

describe("signIn", () => {
  it("[E3] writes a sign-in and its failures to the audit log, with who, when and where", async () => {
    const db = getDb();
    const { user, employee, project } = await createTestMember(db, { email: "audit@example.test" });

    await signIn(db, {
      email: "audit@example.test",
      password: "nope",
      clientIp: "192.0.2.1",
      now: NOW,
    });
    const ok = await signIn(db, {
      email: "Audit@example.test",
      password: TEST_PASSWORD,
      clientIp: "192.0.2.1",
      userAgent: "test",
      now: NOW,
    });

    expect(ok.kind).toBe("ok");
    const entries = await db.auditEntry.findMany({
      where: { actorEmail: "audit@example.test" },
      orderBy: { createdAt: "asc" },
    });
    expect(
      entries.map((entry) => [
        entry.action,
        entry.projectId,
        entry.employeeId,
        entry.ip,
        entry.after,
      ]),
    ).toEqual([
      ["sign_in", project.id, employee.id, "192.0.2.1", null],
      ["sign_in_failed", null, null, "192.0.2.1", { reason: "wrong_credentials" }],
    ]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(NOW);
  });

  it("[E1] lets an IP-restricted employee in only from the project's allowed ranges", async () => {
    const db = getDb();
    const { project } = await createTestMember(db, {
      email: "ip@example.test",
      status: "ip_restricted",
    });
    await db.allowedIpRange.create({
      data: {
        projectId: project.id,
        fromIp: "10.20.0.0",
        toIp: "10.20.255.255",
        cidr: "10.20.0.0/16",
      },
    });
    const attempt = (clientIp: string | null) =>
      signIn(db, { email: "ip@example.test", password: TEST_PASSWORD, clientIp, now: NOW });

    expect((await attempt("10.20.3.4")).kind).toBe("ok");
    expect(await attempt("192.0.2.7")).toEqual({ kind: "ip_refused" });
    expect(await attempt(null)).toEqual({ kind: "ip_refused" });
    expect(await attempt("2001:db8::1")).toEqual({ kind: "ip_refused" });
  });

  it("gives an IP-refused answer only to the right password", async () => {
    const db = getDb();
    await createTestMember(db, { email: "guess@example.test", status: "ip_restricted" });
    await expect(
      signIn(db, {
        email: "guess@example.test",
        password: "guess",
        clientIp: "192.0.2.7",
        now: NOW,
      }),
    ).resolves.toEqual({ kind: "wrong_credentials" });
  });

  it("throttles an account after repeated failures, known or unknown alike, and frees it later", async () => {
    const db = getDb();
    await createTestMember(db, { email: "target@example.test" });
    for (const email of ["target@example.test", "ghost@example.test"]) {
      for (let attempt = 0; attempt < FAILURES_PER_ACCOUNT; attempt += 1) {
        await signIn(db, {
          email,
          password: `wrong ${attempt}`,
          clientIp: `198.51.100.${attempt}`,
          now: NOW,
        });
      }
      const throttled = await signIn(db, {
        email,
        password: TEST_PASSWORD,
        clientIp: "198.51.100.99",
        now: NOW,
      });
      expect(throttled).toEqual({ kind: "throttled", retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000 });
    }
    const later = new Date(NOW.getTime() + SIGN_IN_WINDOW_MS + 1000);
    expect(
      (
        await signIn(db, {
          email: "target@example.test",
          password: TEST_PASSWORD,
          clientIp: "198.51.100.99",
          now: later,
        })
      ).kind,
    ).toBe("ok");
  });

  it("throttles an address that tries many accounts", async () => {
    const db = getDb();
    await createTestMember(db, { email: "victim@example.test" });
    for (let attempt = 0; attempt < FAILURES_PER_ADDRESS; attempt += 1) {
      await signIn(db, {
        email: `spray${attempt}@example.test`,
        password: "123456",
        clientIp: "203.0.113.66",
        now: NOW,
      });
    }
    const fromThere = await signIn(db, {
      email: "victim@example.test",
      password: TEST_PASSWORD,
      clientIp: "203.0.113.66",
      now: NOW,
    });
    expect(fromThere.kind).toBe("throttled");
    const fromElsewhere = await signIn(db, {
      email: "victim@example.test",
      password: TEST_PASSWORD,
      clientIp: "203.0.113.67",
      now: NOW,
    });
    expect(fromElsewhere.kind).toBe("ok");
  });
});

import { describe, expect, it } from "vitest";

import { createTestMember, TEST_PASSWORD } from "../../testing/factories";
import { useTestDatabase } from "@charter/db/testing/vitest";
import { verifyCredentials } from "./verify-credentials";

const getDb = useTestDatabase();

describe("verifyCredentials", () => {
  it("accepts the right password, whatever the e-mail's case and spacing", async () => {
    const db = getDb();
    const { user } = await createTestMember(db, { email: "rita@example.test" });

    const result = await verifyCredentials(db, {
      email: "  Rita@Example.TEST ",
      password: TEST_PASSWORD,
    });

    expect(result).toEqual({
      kind: "ok",
      user: { id: user.id, email: "rita@example.test", name: user.name, sessionVersion: 1 },
    });
  });

  it("gives one answer for a wrong password and for an unknown e-mail", async () => {
    const db = getDb();
    await createTestMember(db, { email: "known@example.test" });

    await expect(
      verifyCredentials(db, { email: "known@example.test", password: "wrong password" }),
    ).resolves.toEqual({ kind: "wrong_credentials" });
    await expect(
      verifyCredentials(db, { email: "nobody@example.test", password: TEST_PASSWORD }),
    ).resolves.toEqual({ kind: "wrong_credentials" });
    await expect(verifyCredentials(db, { email: "", password: "" })).resolves.toEqual({
      kind: "wrong_credentials",
    });
  });

  it("spends comparable time on an unknown e-mail and on a wrong password", async () => {
    const db = getDb();
    await createTestMember(db, { email: "timing@example.test" });
    // Warm both paths once so that neither measurement pays for first-call setup.
    await verifyCredentials(db, { email: "timing@example.test", password: "x" });
    await verifyCredentials(db, { email: "ghost@example.test", password: "x" });

    const measure = async (email: string) => {
      const started = performance.now();
      for (let i = 0; i < 3; i += 1) await verifyCredentials(db, { email, password: "wrong" });
      return performance.now() - started;
    };
    const knownMs = await measure("timing@example.test");
    const unknownMs = await measure("ghost@example.test");

    // Without the dummy hash the unknown path would skip argon2 entirely and be orders of
    // magnitude faster; a factor of 3 leaves room for a noisy shared machine.
    expect(unknownMs).toBeGreaterThan(knownMs / 3);
    expect(unknownMs).toBeLessThan(knownMs * 3);
  });

  it("[E2] refuses a blocked employee even with the right password", async () => {
    const db = getDb();
    await createTestMember(db, { email: "blocked@example.test", status: "blocked" });

    await expect(
      verifyCredentials(db, { email: "blocked@example.test", password: TEST_PASSWORD }),
    ).resolves.toEqual({ kind: "no_access" });
  });

  it("[E2] refuses temporary access that has expired", async () => {
    const db = getDb();
    await createTestMember(db, {
      email: "expired@example.test",
      accessExpiresAt: new Date(Date.now() - 60_000),
    });

    await expect(
      verifyCredentials(db, { email: "expired@example.test", password: TEST_PASSWORD }),
    ).resolves.toEqual({ kind: "no_access" });
  });
});

import { describe, expect, it } from "vitest";

import {
  callerFor,
  createPersonaContext,
  findPersona,
  useSeededDatabase,
} from "./testing/personas";
import { appRouter } from "./root";
import { createCallerFactory, createTRPCContext } from "./trpc";

const getDb = useSeededDatabase();
const createCaller = createCallerFactory(appRouter);

describe("projectProcedure: standing re-checked on every request", () => {
  it("[E2] a live session of an employee blocked since is refused at the next call", async () => {
    const db = getDb();
    const cerny = await findPersona(db, "cerny");
    // The request's session was resolved before the block landed: the procedure itself
    // must still refuse.
    const liveContext = await createPersonaContext(db, "cerny");
    const caller = createCaller(liveContext);
    await expect(caller.companies.count({})).resolves.toMatchObject({
      count: expect.any(Number) as unknown,
    });

    await db.employee.update({ where: { id: cerny.id }, data: { status: "blocked" } });

    await expect(caller.companies.count({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await callerFor(db, "cerny")).companies.count({})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await db.employee.update({ where: { id: cerny.id }, data: { status: "active" } });
  });

  it("[E2] an external representative is refused once their access has expired", async () => {
    const db = getDb();
    const kucera = await findPersona(db, "external");
    const { accessExpiresAt } = await db.employee.findUniqueOrThrow({ where: { id: kucera.id } });
    expect(accessExpiresAt).not.toBeNull();
    const expiry = accessExpiresAt as Date;

    const before = createCaller(
      await createPersonaContext(db, "external", { now: new Date(expiry.getTime() - 60_000) }),
    );
    const liveAfter = createCaller({
      ...(await createPersonaContext(db, "external", { now: new Date(expiry.getTime() - 60_000) })),
      now: new Date(expiry.getTime() + 1),
    });

    await expect(before.session.me()).resolves.toMatchObject({ employee: { id: kucera.id } });
    await expect(liveAfter.companies.count({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("[E1] an IP-restricted employee is refused from outside the allowed ranges, allowed inside", async () => {
    const db = getDb();

    await expect(
      (await callerFor(db, "novotny", { peerAddress: "192.0.2.7" })).companies.count({}),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { rule: "ip-restricted" },
    });
    await expect(
      (await callerFor(db, "novotny", { peerAddress: "127.0.0.1" })).companies.count({}),
    ).resolves.toMatchObject({
      count: expect.any(Number) as unknown,
    });
    await expect(
      (await callerFor(db, "novotny", { peerAddress: "10.20.44.1" })).companies.count({}),
    ).resolves.toMatchObject({
      count: expect.any(Number) as unknown,
    });
    await expect(
      (await callerFor(db, "novotny", { peerAddress: "::1" })).companies.count({}),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("[E1] a forged X-Forwarded-For gains nothing without TRUSTED_PROXIES naming the peer", async () => {
    const db = getDb();
    const forged = { peerAddress: "192.0.2.7", forwardedFor: "127.0.0.1, 10.20.0.1" };

    await expect(
      (await callerFor(db, "novotny", forged)).companies.count({}),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (
        await callerFor(db, "novotny", { ...forged, trustedProxies: "198.51.100.0/24" })
      ).companies.count({}),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A proxy we trust vouches for the office address.
    await expect(
      (
        await callerFor(db, "novotny", {
          peerAddress: "198.51.100.2",
          forwardedFor: "192.0.2.7, 10.20.0.1",
          trustedProxies: "198.51.100.0/24",
        })
      ).companies.count({}),
    ).resolves.toMatchObject({ count: expect.any(Number) as unknown });
    // Behind the trusted proxy, the client is the first untrusted hop, not what it wrote.
    await expect(
      (
        await callerFor(db, "novotny", {
          peerAddress: "198.51.100.2",
          forwardedFor: "127.0.0.1, 192.0.2.7",
          trustedProxies: "198.51.100.0/24",
        })
      ).companies.count({}),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an unknown client address counts as outside the ranges for IP-restricted employees only", async () => {
    const db = getDb();

    await expect(
      (await callerFor(db, "novotny", { peerAddress: null })).companies.count({}),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await callerFor(db, "cerny", { peerAddress: null })).companies.count({}),
    ).resolves.toMatchObject({ count: expect.any(Number) as unknown });
  });

  it("a signed-out caller is UNAUTHORIZED and a resource without any grant is FORBIDDEN", async () => {
    const db = getDb();
    const signedOut = createCaller(
      createTRPCContext({
        db,
        session: null,
        client: { peerAddress: "127.0.0.1", forwardedFor: null },
      }),
    );

    await expect(signedOut.companies.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // The External representative template reaches no clients at all.
    await expect((await callerFor(db, "external")).companies.list({})).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { rule: "no-grant" },
    });
  });
});

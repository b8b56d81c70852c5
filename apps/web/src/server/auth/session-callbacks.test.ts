import type { Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";

import { createSessionCallbacks } from "./session-callbacks";

const USER_ID = "0190a000-0000-7000-8000-000000000001";
const OWN_B2C = "0190a000-0000-7000-8000-0000000000c2";
const SOMEONE_ELSES = "0190a000-0000-7000-8000-0000000000ff";

// Stands in for the database check, which the API tests run against PostgreSQL
// (findUsableEmployee): here only the user's own B2C Employee is confirmed.
const callbacks = createSessionCallbacks(({ userId, employeeId }) =>
  Promise.resolve(userId === USER_ID && employeeId === OWN_B2C),
);

type TJwtInput = { token: JWT; user?: User; trigger?: "signIn" | "update"; session?: unknown };

function runJwt({ token, user, trigger, session }: TJwtInput): Promise<JWT> {
  return Promise.resolve(
    callbacks.jwt({ token, user: user as User, account: null, trigger, session }),
  );
}

const signedIn: JWT = { sub: USER_ID, sessionVersion: 3 };

describe("session callbacks: the project choice in the cookie (A1)", () => {
  it("sign-in carries the user and sessionVersion and starts without a choice", async () => {
    const token = await runJwt({
      token: { employeeId: OWN_B2C },
      user: { id: USER_ID, sessionVersion: 3 },
      trigger: "signIn",
    });
    expect(token).toEqual({ sub: USER_ID, sessionVersion: 3 });
  });

  it("an update stores the user's own usable Employee", async () => {
    const token = await runJwt({
      token: { ...signedIn },
      trigger: "update",
      session: { employeeId: OWN_B2C },
    });
    expect(token.employeeId).toBe(OWN_B2C);
  });

  it("an update naming another user's Employee, or anything malformed, changes nothing", async () => {
    for (const session of [
      { employeeId: SOMEONE_ELSES },
      { employeeId: "not-a-uuid" },
      { employeeId: OWN_B2C, userId: SOMEONE_ELSES },
      "B2C",
      undefined,
    ]) {
      const token = await runJwt({ token: { ...signedIn }, trigger: "update", session });
      expect(token).toEqual(signedIn);
    }
  });

  it("a choice sent without the update trigger is ignored", async () => {
    const token = await runJwt({ token: { ...signedIn }, session: { employeeId: OWN_B2C } });
    expect(token).toEqual(signedIn);
  });

  it("null returns to the default project", async () => {
    const token = await runJwt({
      token: { ...signedIn, employeeId: OWN_B2C },
      trigger: "update",
      session: { employeeId: null },
    });
    expect(token).toEqual(signedIn);
  });

  it("the session hands the choice to the per-request check, null when there is none", async () => {
    const session = { expires: "2030-01-01T00:00:00.000Z" } as Session;
    const read = (token: JWT) =>
      callbacks.session({
        session,
        token,
        user: undefined as never,
        newSession: undefined,
        trigger: "update",
      });

    expect(await read({ ...signedIn, employeeId: OWN_B2C })).toEqual({
      expires: session.expires,
      userId: USER_ID,
      sessionVersion: 3,
      employeeId: OWN_B2C,
    });
    expect(await read(signedIn)).toMatchObject({ employeeId: null });
  });
});

import { describe, expect, it } from "vitest";

import { appRouter } from "../../root";
import { createTestContext } from "../../testing/create-test-context";
import { createTestMember } from "../../testing/factories";
import { useTestDatabase } from "@charter/db/testing/vitest";
import { createCallerFactory } from "../../trpc";

const getDb = useTestDatabase();
const createCaller = createCallerFactory(appRouter);

describe("session.me", () => {
  it("returns the signed-in employee, their position and project", async () => {
    const db = getDb();
    const { user, employee, project } = await createTestMember(db, {
      name: "Rita Rep",
      position: "Sales representative",
      userType: "employee",
    });

    const caller = createCaller(await createTestContext(db, user));

    await expect(caller.session.me()).resolves.toEqual({
      user: { id: user.id, email: user.email, name: "Rita Rep", locale: "en" },
      employee: {
        id: employee.id,
        name: "Rita Rep",
        position: "Sales representative",
        userType: "employee",
      },
      project: { id: project.id, name: project.name },
    });
  });

  it("refuses a signed-out caller with UNAUTHORIZED", async () => {
    const caller = createCaller(await createTestContext(getDb(), null));

    await expect(caller.session.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("[E2] refuses a session whose employee was blocked after sign-in", async () => {
    const db = getDb();
    const { user, employee } = await createTestMember(db);
    await db.employee.update({ where: { id: employee.id }, data: { status: "blocked" } });

    const caller = createCaller(await createTestContext(db, user));

    await expect(caller.session.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

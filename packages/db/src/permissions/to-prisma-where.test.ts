// The adapter's leaves must behave as SQL comparisons do in the engine's own evaluator:
// false on null and through an absent relation, except the explicit null tests.
import type { Predicate } from "@charter/core/engine";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/use-test-database";
import { toPrismaReach, toPrismaWhere } from ".";

describe("toPrismaWhere", () => {
  const db = useTestDatabase();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const prisma = db();
    const project = await prisma.project.create({ data: { slug: "adapter", name: "Adapter" } });
    const person = (email: string) =>
      prisma.user.create({ data: { email, name: email, passwordHash: "x" } });
    const admin = await prisma.employee.create({
      data: {
        projectId: project.id,
        userId: (await person("a@t")).id,
        name: "Admin",
        userType: "admin",
      },
    });
    const head = await prisma.employee.create({
      data: {
        projectId: project.id,
        userId: (await person("h@t")).id,
        name: "Head",
        userType: "administration",
        managerId: admin.id,
      },
    });
    const pipeline = await prisma.pipeline.create({
      data: { projectId: project.id, key: "p", name: "P" },
    });
    const stage = await prisma.stage.create({
      data: { projectId: project.id, pipelineId: pipeline.id, key: "s", name: "S", position: 0 },
    });
    const partner = await prisma.company.create({
      data: { projectId: project.id, name: "Partner", responsibleId: head.id },
    });
    const deal = (title: string, extra: { partnerId?: string; directionId?: string }) =>
      prisma.deal.create({
        data: {
          projectId: project.id,
          pipelineId: pipeline.id,
          stageId: stage.id,
          title,
          currency: "CZK",
          amount: title.length * 100,
          responsibleId: head.id,
          ...extra,
        },
      });
    const direction = await prisma.salesDirection.create({
      data: { projectId: project.id, code: "A", name: "A" },
    });
    Object.assign(ids, {
      head: head.id,
      headPath: head.managerPath,
      direction: direction.id,
      withPartner: (
        await deal("with partner", { partnerId: partner.id, directionId: direction.id })
      ).id,
      alone: (await deal("alone", {})).id,
    });
  });

  const titles = async (predicate: Predicate): Promise<string[]> =>
    (
      await db().deal.findMany({
        where: toPrismaWhere("deal", predicate),
        select: { title: true },
        orderBy: { title: "asc" },
      })
    ).map((deal) => deal.title);

  it("keeps always and never as such", () => {
    expect(toPrismaReach("deal", { op: "always" })).toEqual({ kind: "all" });
    expect(toPrismaReach("deal", { op: "never" })).toEqual({ kind: "none" });
  });

  it("compares through one relation hop, false when the relation is absent", async () => {
    expect(await titles({ op: "eq", path: "partner.responsibleId", value: ids.head! })).toEqual([
      "with partner",
    ]);
    expect(await titles({ op: "ne", path: "partner.responsibleId", value: ids.head! })).toEqual([]);
    expect(await titles({ op: "isNull", path: "partner.responsibleId" })).toEqual(["alone"]);
    expect(await titles({ op: "isNotNull", path: "partner.responsibleId" })).toEqual([
      "with partner",
    ]);
  });

  it("never matches null with a negative comparison", async () => {
    expect(await titles({ op: "ne", path: "directionId", value: ids.direction! })).toEqual([]);
    expect(await titles({ op: "notIn", path: "directionId", values: [ids.direction!] })).toEqual(
      [],
    );
    expect(await titles({ op: "isNull", path: "directionId" })).toEqual(["alone"]);
  });

  it("uses prefix comparison for the manager chain and numbers for amounts", async () => {
    expect(
      await titles({ op: "startsWith", path: "responsible.managerPath", value: ids.headPath! }),
    ).toEqual(["alone", "with partner"]);
    expect(
      await titles({ op: "notStartsWith", path: "responsible.managerPath", value: ids.headPath! }),
    ).toEqual([]);
    expect(await titles({ op: "gte", path: "amount", value: 1000 })).toEqual(["with partner"]);
    expect(
      await titles({
        op: "and",
        args: [
          { op: "lt", path: "amount", value: 1000 },
          { op: "in", path: "currency", values: ["CZK"] },
        ],
      }),
    ).toEqual(["alone"]);
  });

  it("settles constant branches itself, since Prisma drops an empty {} inside OR", async () => {
    // `ne id <not a UUID>` holds for every row; OR-ed with a leaf no row meets, it must
    // still select every row.
    const everyRow: Predicate = {
      op: "or",
      args: [
        { op: "startsWith", path: "responsible.managerPath", value: "/nobody/" },
        { op: "ne", path: "id", value: "record-2" },
      ],
    };
    expect(await titles(everyRow)).toEqual(["alone", "with partner"]);
    expect(toPrismaReach("deal", everyRow)).toEqual({ kind: "all" });
    expect(toPrismaReach("deal", { op: "isNull", path: "responsible.managerPath" })).toEqual({
      kind: "none",
    });
  });

  it("spells out `in` on booleans, which Prisma's boolean filter lacks", async () => {
    const names = async (predicate: Predicate) =>
      (
        await db().company.findMany({
          where: toPrismaWhere("company", predicate),
          select: { name: true },
          orderBy: { name: "asc" },
        })
      ).map((company) => company.name);
    const partnerFlag = await db().company.updateMany({
      where: { name: "Partner" },
      data: { isPartner: true },
    });
    expect(partnerFlag.count).toBe(1);
    expect(await names({ op: "in", path: "isPartner", values: [true] })).toEqual(["Partner"]);
    expect(await names({ op: "in", path: "isPartner", values: [true, false] })).toEqual([
      "Partner",
    ]);
    expect(await names({ op: "notIn", path: "isPartner", values: [false] })).toEqual(["Partner"]);
    expect(await names({ op: "notIn", path: "isPartner", values: [true, false] })).toEqual([]);
  });

  it("refuses a path outside the catalogue and a `not` it would have to guess", () => {
    expect(() =>
      toPrismaWhere("deal", { op: "eq", path: "stage.pipeline.id", value: "x" }),
    ).toThrow(/one relation hop/);
    expect(() =>
      toPrismaWhere("deal", { op: "not", arg: { op: "eq", path: "title", value: "x" } }),
    ).toThrow(/without `not`/);
  });
});

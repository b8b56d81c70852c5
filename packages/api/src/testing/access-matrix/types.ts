import type { Action, RecordResource, Resource } from "@charter/core/engine";
import type { PrismaClient } from "@charter/db/client";

import type { callerFor } from "../personas";

export type TCaller = Awaited<ReturnType<typeof callerFor>>;

/** A row a case works on, owned by (or made for) one seeded persona. */
export type TFixture = {
  id: string;
  version: number;
  responsibleId: string;
  /** The row it hangs under (a field's section, an employee's manager), when that matters. */
  parentId?: string;
  /** Set when the fixture is a record the engine decides on: it is judged record by record. */
  record?: RecordResource;
};

/** Makes a fixture owned by the persona named; shared per owner unless the case is fresh. */
export type TFixtureFactory = (db: PrismaClient, ownerName: string) => Promise<TFixture>;

export type TAccessCase = {
  /** The action the procedure performs; null when none is judged. */
  action: Action | null;
  /** The resource it acts on. */
  resource: Resource;
  /**
   * How the engine's answer is found: on the fixture record (the default, for fixtures that
   * are records), on the resource at all (`canReachAny`: lists, counts, settings), or not
   * compared (a create, judged on a draft).
   */
  judge?: "record" | "reach" | "none";
  /** The fixture the call works on; none when the call needs no row. */
  fixture?: TFixtureFactory;
  /** Mutations get a fresh fixture each call, so one persona's delete does not hide the next. */
  fresh: boolean;
  call: (caller: TCaller, fixture: TFixture, context: TCaseContext) => Promise<unknown>;
};

/** What any case may need besides its fixture. */
export type TCaseContext = { db: PrismaClient; ivanovaId: string };

export type TAccessCases = Record<string, TAccessCase>;

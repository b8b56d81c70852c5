import { uniqueName } from "../../testing/access-matrix/fixtures";
import type { TAccessCases, TFixtureFactory } from "../../testing/access-matrix/types";
import { dealFixture } from "../deals/deal-fixtures";

/** The owner's deal, titled so that no other deal matches a search for it. */
const searchableDeal: TFixtureFactory = async (db, ownerName) => {
  const fixture = await dealFixture(db, ownerName);
  await db.deal.update({ where: { id: fixture.id }, data: { title: uniqueName() } });
  return fixture;
};

const outcome = (code: string) => Object.assign(new Error(code), { code });

export const SEARCH_CASES: TAccessCases = {
  // Open to every employee; judged on what it finds. Searching the fixture deal's title:
  // "ok" when the deal is answered, NOT_FOUND when it is absent though the persona views
  // some deals, FORBIDDEN when the persona views no deal at all and the kind is empty.
  "search.global": {
    action: "view",
    resource: "deal",
    fixture: searchableDeal,
    fresh: false,
    call: async (caller, row, { db }) => {
      const { title } = await db.deal.findUniqueOrThrow({
        where: { id: row.id },
        select: { title: true },
      });
      const [found, me] = await Promise.all([
        caller.search.global({ query: title, limitPerKind: 20 }),
        caller.session.me(),
      ]);
      const ids = found.deals.items.map((deal) => deal.id);
      if (!me.rights.deal.includes("view")) {
        if (ids.length > 0 || found.deals.hasMore) throw outcome("ANSWERED_WITHOUT_RIGHT");
        throw outcome("FORBIDDEN");
      }
      if (!ids.includes(row.id)) throw outcome("NOT_FOUND");
    },
  },
};

import { canReachAny, type RecordResource } from "@charter/core/engine";

import type { TProjectScope } from "../access/project-scope";
import { fieldAccessOf } from "../fields/built-in-fields";
import type { TRankedPage } from "./ranked-search";
import { searchCompanies, type TCompanyHit } from "./search-companies";
import { searchContacts, type TContactHit } from "./search-contacts";
import { searchDeals, type TDealHit } from "./search-deals";

/** A kind the searcher may not view at all. */
const nothing = <T>(): TRankedPage<T> => ({ items: [], hasMore: false });

/**
 * One query box over companies, contacts and deals. Each kind is searched only where the
 * searcher may view some of its records (`canReachAny`, as `requires` asks on the kind's own
 * list); otherwise it is empty, not an error, since the box serves every employee. Within a
 * kind, the engine's view reach is part of every query, so a record out of reach never
 * appears, not even in `hasMore`.
 */
export async function searchGlobal(
  scope: TProjectScope,
  input: { query: string; limitPerKind: number },
) {
  const may = (resource: RecordResource) => canReachAny(scope.subject, "view", resource);
  const common = { projectId: scope.project.id, query: input.query, limit: input.limitPerKind };
  const companyReach = scope.reach("company", "view");
  const [companies, contacts, deals] = await Promise.all([
    may("company")
      ? searchCompanies(scope.db, {
          ...common,
          reach: companyReach,
          access: fieldAccessOf(scope.subject, "company"),
        })
      : nothing<TCompanyHit>(),
    may("contact")
      ? searchContacts(scope.db, {
          ...common,
          reach: scope.reach("contact", "view"),
          companyReach,
          access: fieldAccessOf(scope.subject, "contact"),
        })
      : nothing<TContactHit>(),
    may("deal")
      ? searchDeals(scope.db, { ...common, reach: scope.reach("deal", "view"), companyReach })
      : nothing<TDealHit>(),
  ]);
  return { companies, contacts, deals };
}

import type { TProjectScope, TDbClient } from "../access/project-scope";
import { productReach } from "../products/product-access";

/** A linked record the caller may view, by name; `null` when absent or outside their reach. */
export type TLink = { id: string; name: string } | null;

export type TLinkIds = {
  companyIds: (string | null)[];
  contactIds: (string | null)[];
  interestIds: (string | null)[];
  productIds?: (string | null)[];
};

export type TVisibleLinks = {
  company: (id: string | null) => TLink;
  contact: (id: string | null) => TLink;
  interest: (id: string | null) => TLink;
  product: (id: string | null) => TLink;
};

const present = (ids: (string | null)[]) => [...new Set(ids.filter((id) => id !== null))];

/**
 * Names the companies, contacts, interests and products a page of records links to, each looked up with
 * the caller's view reach in the query. A link outside their reach answers as no link at all
 * (D7): a deal's partner the caller may not see does not even show its id.
 */
export async function findVisibleLinks(
  scope: TProjectScope,
  db: TDbClient,
  ids: TLinkIds,
): Promise<TVisibleLinks> {
  const companyIds = present(ids.companyIds);
  const contactIds = present(ids.contactIds);
  const interestIds = present(ids.interestIds);
  const companies =
    companyIds.length === 0
      ? []
      : await db.company.findMany({
          where: { AND: [{ id: { in: companyIds } }, scope.reach("company", "view")] },
          select: { id: true, name: true },
        });
  const contacts =
    contactIds.length === 0
      ? []
      : await db.contact.findMany({
          where: { AND: [{ id: { in: contactIds } }, scope.reach("contact", "view")] },
          select: { id: true, firstName: true, lastName: true },
        });
  const interests =
    interestIds.length === 0
      ? []
      : await db.interest.findMany({
          where: { AND: [{ id: { in: interestIds } }, scope.reach("interest", "view")] },
          select: { id: true, title: true },
        });
  const productIds = present(ids.productIds ?? []);
  const products =
    productIds.length === 0
      ? []
      : await db.product.findMany({
          where: { AND: [{ id: { in: productIds } }, productReach(scope.subject, "view")] },
          select: { id: true, name: true },
        });
  const lookup = (rows: { id: string; name: string }[]) => {
    const names = new Map(rows.map((row) => [row.id, row.name]));
    return (id: string | null): TLink => {
      const name = id === null ? undefined : names.get(id);
      return id !== null && name !== undefined ? { id, name } : null;
    };
  };
  return {
    company: lookup(companies),
    contact: lookup(
      contacts.map((row) => ({ id: row.id, name: `${row.firstName} ${row.lastName}`.trim() })),
    ),
    interest: lookup(interests.map((row) => ({ id: row.id, name: row.title }))),
    product: lookup(products),
  };
}

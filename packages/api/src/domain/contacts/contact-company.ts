import type { TProjectScope } from "../access/project-scope";

export type TContactCompany = { id: string; name: string } | null;

/**
 * A saved contact's answer with its company named as `list` and `get` name it: only inside
 * the caller's company view reach (D7), so the card a save refreshes reads the same. Read
 * after the save commits, with the reach in the query.
 */
export async function withContactCompany<T extends { companyId: string | null }>(
  scope: Pick<TProjectScope, "db" | "reach">,
  answer: T,
): Promise<T & { company: TContactCompany }> {
  const company = answer.companyId
    ? await scope.db.company.findFirst({
        where: { AND: [{ id: answer.companyId }, scope.reach("company", "view")] },
        select: { id: true, name: true },
      })
    : null;
  return { ...answer, company };
}

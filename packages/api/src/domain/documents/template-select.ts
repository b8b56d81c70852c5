import type { Prisma } from "@charter/db/client";

/** What every template answer carries; the body only where it is asked for. */
export const TEMPLATE_SELECT = {
  id: true,
  kind: true,
  name: true,
  isActive: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  limitedToGroups: {
    select: { group: { select: { id: true, name: true } } },
    orderBy: { group: { name: "asc" } },
  },
} as const satisfies Prisma.DocumentTemplateSelect;

export const TEMPLATE_WITH_BODY_SELECT = {
  ...TEMPLATE_SELECT,
  bodyHtml: true,
} as const satisfies Prisma.DocumentTemplateSelect;

type TTemplateRow = Prisma.DocumentTemplateGetPayload<{ select: typeof TEMPLATE_SELECT }>;

/** The group links flattened to the groups themselves. */
export function presentTemplate<T extends TTemplateRow>(
  row: T,
): Omit<T, "limitedToGroups"> & { limitedToGroups: { id: string; name: string }[] } {
  return { ...row, limitedToGroups: row.limitedToGroups.map((link) => link.group) };
}

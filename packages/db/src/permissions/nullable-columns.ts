// Which columns may hold NULL, for the models a permission path reaches through a relation.
// Prisma rejects `null` in a filter on a required column, so the adapter must know; the
// runtime data model does not say, and `nullable-columns.test.ts` checks this list against
// schema.prisma.
export const NULLABLE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  Employee: [
    "managerId",
    "departmentId",
    "branchId",
    "directionId",
    "partnerCompanyId",
    "phone",
    "position",
    "accessExpiresAt",
    "reminderIntervalMinutes",
  ],
  Department: ["parentId"],
  Company: [
    "typeId",
    "registrationNumber",
    "vatId",
    "email",
    "phone",
    "website",
    "street",
    "city",
    "postalCode",
    "country",
    "departmentId",
    "directionId",
  ],
  Deal: [
    "expectedCloseAt",
    "closedAt",
    "companyId",
    "contactId",
    "partnerId",
    "interestId",
    "departmentId",
    "directionId",
  ],
  Task: [
    "description",
    "dueAt",
    "completedAt",
    "assigneeId",
    "companyId",
    "contactId",
    "dealId",
    "chainStepId",
    "departmentId",
    "directionId",
  ],
};

export function isColumnNullable(model: string, column: string): boolean {
  return NULLABLE_COLUMNS[model]?.includes(column) ?? false;
}

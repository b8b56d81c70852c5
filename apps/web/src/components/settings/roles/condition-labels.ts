import type { VariableName } from "@charter/core/engine";

import type { TPlainMessageKey } from "~/i18n/translate";

import { USER_TYPE_LABELS } from "../employees/employee-labels";
import type { TCombine, TRowOperator } from "./condition-rows";

// The condition builder's words. Paths and kinds are the engine's catalogue's; a path or kind
// added there without a label here shows as the engine names it (condition-labels.test.ts
// lists any that are missing).

export const OPERATOR_LABELS: Record<TRowOperator, TPlainMessageKey> = {
  eq: "settings.conditions.op.eq",
  ne: "settings.conditions.op.ne",
  in: "settings.conditions.op.in",
  lt: "settings.conditions.op.lt",
  lte: "settings.conditions.op.lte",
  gt: "settings.conditions.op.gt",
  gte: "settings.conditions.op.gte",
  empty: "settings.conditions.op.empty",
  notEmpty: "settings.conditions.op.notEmpty",
};

export const COMBINE_LABELS: Record<TCombine, TPlainMessageKey> = {
  all: "settings.conditions.combine.all",
  any: "settings.conditions.combine.any",
};

/**
 * Whom `$me` and the other variables stand for: whoever holds a role's or group's right, or
 * the one employee a personal override is for.
 */
export type TConditionSubject = "holder" | "employee";

export const VARIABLE_GROUP_LABELS: Record<TConditionSubject, TPlainMessageKey> = {
  holder: "settings.conditions.variables",
  employee: "settings.conditions.employeeVariables",
};

export const VARIABLE_LABELS: Record<TConditionSubject, Record<VariableName, TPlainMessageKey>> = {
  holder: {
    $me: "settings.conditions.var.me",
    $myDirection: "settings.conditions.var.myDirection",
    $myDepartment: "settings.conditions.var.myDepartment",
    $myPartnerCompany: "settings.conditions.var.myPartnerCompany",
  },
  employee: {
    $me: "settings.conditions.employeeVar.me",
    $myDirection: "settings.conditions.employeeVar.myDirection",
    $myDepartment: "settings.conditions.employeeVar.myDepartment",
    $myPartnerCompany: "settings.conditions.employeeVar.myPartnerCompany",
  },
};

export const FIELD_LABELS: Readonly<Record<string, TPlainMessageKey>> = {
  id: "settings.conditions.field.id",
  responsibleId: "settings.conditions.field.responsibleId",
  departmentId: "settings.conditions.field.departmentId",
  directionId: "settings.conditions.field.directionId",
  "responsible.managerId": "settings.conditions.field.responsible.managerId",
  "responsible.userType": "settings.conditions.field.responsible.userType",
  "responsible.branchId": "settings.conditions.field.responsible.branchId",
  typeId: "settings.conditions.field.typeId",
  isPartner: "settings.conditions.field.isPartner",
  companyId: "settings.conditions.field.companyId",
  "company.responsibleId": "settings.conditions.field.company.responsibleId",
  contactId: "settings.conditions.field.contactId",
  objectId: "settings.conditions.field.objectId",
  pipelineId: "settings.conditions.field.pipelineId",
  stageId: "settings.conditions.field.stageId",
  status: "settings.conditions.field.status",
  amount: "settings.conditions.field.amount",
  currency: "settings.conditions.field.currency",
  partnerId: "settings.conditions.field.partnerId",
  "partner.responsibleId": "settings.conditions.field.partner.responsibleId",
  "partner.directionId": "settings.conditions.field.partner.directionId",
  productId: "settings.conditions.field.productId",
  kind: "settings.conditions.field.kind",
  assigneeId: "settings.conditions.field.assigneeId",
  dealId: "settings.conditions.field.dealId",
  "deal.responsibleId": "settings.conditions.field.deal.responsibleId",
  taskId: "settings.conditions.field.taskId",
  "task.assigneeId": "settings.conditions.field.task.assigneeId",
  totalGross: "settings.conditions.field.totalGross",
  isActive: "settings.conditions.field.isActive",
  entity: "settings.conditions.field.entity",
  userType: "settings.conditions.field.userType",
  managerId: "settings.conditions.field.managerId",
  branchId: "settings.conditions.field.branchId",
  employeeId: "settings.conditions.field.employeeId",
  "employee.userType": "settings.conditions.field.employee.userType",
};

export const KIND_LABELS: Readonly<Record<string, TPlainMessageKey>> = {
  ...USER_TYPE_LABELS,
  open: "settings.conditions.enum.open",
  won: "settings.conditions.enum.won",
  lost: "settings.conditions.enum.lost",
  new: "settings.conditions.enum.new",
  qualified: "settings.conditions.enum.qualified",
  converted: "settings.conditions.enum.converted",
  discarded: "settings.conditions.enum.discarded",
  call: "settings.conditions.enum.call",
  meeting: "settings.conditions.enum.meeting",
  note: "settings.conditions.enum.note",
  email: "settings.conditions.enum.email",
  done: "settings.conditions.enum.done",
  cancelled: "settings.conditions.enum.cancelled",
  contract: "settings.conditions.enum.contract",
  offer: "settings.conditions.enum.offer",
  order: "settings.conditions.enum.order",
  invoice: "settings.conditions.enum.invoice",
  other: "settings.conditions.enum.other",
  draft: "settings.conditions.enum.draft",
  final: "settings.conditions.enum.final",
  sent: "settings.conditions.enum.sent",
  signed: "settings.conditions.enum.signed",
  issued: "settings.conditions.enum.issued",
  paid: "settings.conditions.enum.paid",
  project: "settings.conditions.enum.project",
  department: "settings.conditions.enum.department",
  branch: "settings.conditions.enum.branch",
  direction: "settings.conditions.enum.direction",
};

import {
  decide,
  describeDecision,
  isRecordResource,
  needsRecord,
  type Action,
  type EngineRecord,
  type Resource,
} from "@charter/core/engine";

import { AppError } from "../../errors";
import type { TProjectScope } from "../access/project-scope";
import { loadProjectEmployee } from "./load-project-employee";

export type TExplainAccessInput = {
  employeeId: string;
  resource: Resource;
  action: Action;
  recordId?: string | undefined;
};

/**
 * Whether an employee of the caller's project may do `action` on a record, and why (D10).
 * The employee is judged as they stand now, from an allowed network (their address is not
 * known here). The record must be one the caller may view: explaining a record reveals its
 * facts, so a record outside the caller's reach does not exist, as everywhere else.
 */
export async function explainAccess(scope: TProjectScope, input: TExplainAccessInput) {
  const target = await loadProjectEmployee(scope, input.employeeId);
  const record = await loadRecord(scope, input);
  const decision = decide(target, input.action, input.resource, record);
  const explanation = describeDecision(decision, {
    subject: target,
    action: input.action,
    resource: input.resource,
    record,
  });
  return {
    allowed: decision.allowed,
    step: decision.reason.step,
    rule: decision.reason.rule,
    explanation,
  };
}

async function loadRecord(
  scope: TProjectScope,
  input: TExplainAccessInput,
): Promise<EngineRecord | null> {
  if (!needsRecord(input.resource)) {
    if (input.recordId)
      throw new AppError(
        "INVALID_INPUT",
        { key: "permissions.noRecords", params: { resource: input.resource } },
        { field: "recordId" },
      );
    return null;
  }
  if (!input.recordId)
    throw new AppError(
      "INVALID_INPUT",
      { key: "permissions.sayWhichRecord", params: { resource: input.resource } },
      { field: "recordId" },
    );
  if (isRecordResource(input.resource)) {
    return scope.findVisibleOrThrow(input.resource, input.recordId, "view");
  }
  const product = await scope.db.product.findFirst({
    where: { id: input.recordId, projectId: scope.project.id },
    select: { id: true, projectId: true },
  });
  if (!product)
    throw new AppError("NOT_FOUND", { key: "access.noSuchId", params: { thing: "product" } });
  return product;
}

export * from "./vocabulary";
export type * from "./types";
export {
  CATALOG,
  conditionPaths,
  findField,
  isNullablePath,
  type FieldSpec,
  type FieldType,
  type IdRef,
  type RelationSpec,
  type ResourceCatalog,
} from "./catalog";
export { VARIABLES, VARIABLE_NAMES, type VariableName } from "./variables";
export {
  ALWAYS,
  NEVER,
  and,
  or,
  not,
  countBindParameters,
  isLeaf,
  toNegationNormalForm,
  type ComparisonOp,
  type Leaf,
  type Predicate,
  type PredicateValue,
} from "./predicate";
export { compilePredicate, evaluatePredicate, evaluateSql, readPath } from "./evaluate";
export { compileCondition } from "./compile-condition";
export {
  validateCondition,
  type ValidationIssue,
  type ValidationResult,
} from "./validate-condition";
export {
  ZAction,
  ZOverrideEffect,
  ZResource,
  ZScope,
  formatIssues,
  validateGrant,
  validateOverride,
} from "./validate-grant";
export { defaultGrant, defaultScope, naturalScope } from "./defaults";
export { decide, needsRecord } from "./decide";
export { filter, canReachAny } from "./filter";
export { explain, describeDecision, type ExplainContext, type ExplainOptions } from "./explain";
export { describeCondition } from "./describe-condition";
export { RESOURCE_LABELS, USER_TYPE_LABELS } from "./labels";
export { visibleFields, type FieldCatalog, type FieldVisibility, type SectionSpec } from "./fields";
export { requiredFacts } from "./facts";
export { createPermissionCache, type PermissionCache, type PermissionCacheOptions } from "./cache";
export {
  sharedCache,
  type EngineCache,
  type EngineOptions,
  type SubjectPlans,
} from "./subject-plans";

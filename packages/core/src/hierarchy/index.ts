export type {
  HierarchyDepartment,
  HierarchyEmployee,
  HierarchyIssue,
  HierarchyIssueCode,
  MovePlan,
  PathUpdate,
} from "./types";
export { validateManager, validateOrgChart, validateUserTypeChange } from "./employees";
export { validateDepartmentParent, validateDepartmentTree } from "./departments";
export { childPath, computePaths, planDepartmentMove, planManagerMove } from "./paths";

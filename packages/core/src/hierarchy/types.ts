import type { UserType } from "../engine/vocabulary";

export type HierarchyEmployee = {
  id: string;
  name?: string;
  userType: UserType;
  managerId: string | null;
  /** The stored materialised path; recomputed from managerId when absent. */
  managerPath?: string;
  projectId?: string;
};

export type HierarchyDepartment = {
  id: string;
  name?: string;
  parentId: string | null;
  path?: string;
};

export type HierarchyIssueCode =
  | "user-type-fixed"
  | "manager-required"
  | "manager-wrong-type"
  | "manager-not-allowed"
  | "manager-unknown"
  | "self-reference"
  | "cycle"
  | "parent-unknown";

export type HierarchyIssue = {
  code: HierarchyIssueCode;
  message: string;
  employeeId?: string;
  departmentId?: string;
};

export type PathUpdate = { id: string; path: string };

export type MovePlan =
  { ok: true; updates: PathUpdate[] } | { ok: false; issues: HierarchyIssue[] };

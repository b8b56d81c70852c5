import type { EngineRecord, Subject } from "../engine/types";

// Plain-data builders for tests: a subject and records that follow the data contract.

export const NOW = new Date("2025-06-02T09:00:00.000Z");
export const PROJECT = "project-1";
export const OTHER_PROJECT = "project-2";

export function makeSubject(patch: Partial<Subject> = {}): Subject {
  const employeeId = patch.employeeId ?? "me";
  return {
    employeeId,
    projectId: PROJECT,
    userType: "employee",
    status: "active",
    accessExpiresAt: null,
    managerPath: `/${employeeId}/`,
    departmentId: null,
    departmentPath: null,
    directionId: null,
    branchId: null,
    partnerCompanyId: null,
    roles: [],
    groups: [],
    overrides: [],
    context: { now: NOW, ipAllowed: true },
    ...patch,
  };
}

export type RecordPatch = {
  responsibleId?: string;
  managerPath?: string;
  responsibleName?: string;
  departmentId?: string | null;
  departmentPath?: string | null;
  [field: string]: unknown;
};

/** A record whose responsible, department and project facts are consistent. */
export function makeRecord(patch: RecordPatch = {}): EngineRecord {
  const {
    responsibleId = "someone",
    managerPath = `/${responsibleId}/`,
    responsibleName,
    departmentId = null,
    departmentPath = departmentId ? `/${departmentId}/` : null,
    ...rest
  } = patch;
  return {
    id: "record-1",
    projectId: PROJECT,
    directionId: null,
    responsibleId,
    responsible: {
      managerPath,
      userType: "employee",
      managerId: null,
      branchId: null,
      ...(responsibleName ? { name: responsibleName } : {}),
    },
    departmentId,
    department: departmentId ? { path: departmentPath } : null,
    ...rest,
  };
}

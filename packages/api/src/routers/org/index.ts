import { createTRPCRouter } from "../../trpc";
import {
  createBranchProcedure,
  deleteBranchProcedure,
  listBranchesProcedure,
  updateBranchProcedure,
} from "./branches";
import {
  createDepartmentProcedure,
  deleteDepartmentProcedure,
  listDepartmentsProcedure,
  moveDepartmentProcedure,
  renameDepartmentProcedure,
} from "./departments";
import {
  createDirectionProcedure,
  deleteDirectionProcedure,
  listDirectionsProcedure,
  updateDirectionProcedure,
} from "./directions";
import {
  createWorkGroupProcedure,
  deleteWorkGroupProcedure,
  listWorkGroupsProcedure,
  removeWorkGroupMemberProcedure,
  setWorkGroupMemberProcedure,
  updateWorkGroupProcedure,
} from "./work-groups";

/** Org structure settings (SPEC B1–B4), all under the `settings.org` resource. */
export const orgRouter = createTRPCRouter({
  listDepartments: listDepartmentsProcedure,
  createDepartment: createDepartmentProcedure,
  renameDepartment: renameDepartmentProcedure,
  moveDepartment: moveDepartmentProcedure,
  deleteDepartment: deleteDepartmentProcedure,
  listBranches: listBranchesProcedure,
  createBranch: createBranchProcedure,
  updateBranch: updateBranchProcedure,
  deleteBranch: deleteBranchProcedure,
  listDirections: listDirectionsProcedure,
  createDirection: createDirectionProcedure,
  updateDirection: updateDirectionProcedure,
  deleteDirection: deleteDirectionProcedure,
  listWorkGroups: listWorkGroupsProcedure,
  createWorkGroup: createWorkGroupProcedure,
  updateWorkGroup: updateWorkGroupProcedure,
  deleteWorkGroup: deleteWorkGroupProcedure,
  setWorkGroupMember: setWorkGroupMemberProcedure,
  removeWorkGroupMember: removeWorkGroupMemberProcedure,
});

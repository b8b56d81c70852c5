import {
  createDepartment,
  deleteDepartment,
  listDepartments,
  moveDepartment,
  renameDepartment,
} from "../../domain/org/departments";
import { projectProcedure, requires } from "../../trpc";
import {
  ZCreateDepartmentInput,
  ZDeleted,
  ZDepartment,
  ZMoveDepartmentInput,
  ZNone,
  ZRef,
  ZRenameDepartmentInput,
} from "./org.schema";

/** The department tree in path order, each with its employee count (B1). */
export const listDepartmentsProcedure = projectProcedure
  .use(requires("settings.org", "view"))
  .input(ZNone)
  .output(ZDepartment.array())
  .query(({ ctx }) => listDepartments(ctx));

export const createDepartmentProcedure = projectProcedure
  .use(requires("settings.org", "create"))
  .input(ZCreateDepartmentInput)
  .output(ZDepartment)
  .mutation(({ ctx, input }) => createDepartment(ctx, input));

export const renameDepartmentProcedure = projectProcedure
  .use(requires("settings.org", "edit"))
  .input(ZRenameDepartmentInput)
  .output(ZDepartment)
  .mutation(({ ctx, input }) => renameDepartment(ctx, input));

/** Moves a department with its subtree; never under itself (B1). */
export const moveDepartmentProcedure = projectProcedure
  .use(requires("settings.org", "edit"))
  .input(ZMoveDepartmentInput)
  .output(ZDepartment)
  .mutation(({ ctx, input }) => moveDepartment(ctx, input));

/** Only an empty department: no sub-departments, no employees. */
export const deleteDepartmentProcedure = projectProcedure
  .use(requires("settings.org", "delete"))
  .input(ZRef("department"))
  .output(ZDeleted)
  .mutation(async ({ ctx, input }) => {
    await deleteDepartment(ctx, input);
    return { id: input.id };
  });

import { listEmployeeDirectory } from "../../domain/employees/employee-directory";
import { projectProcedure } from "../../trpc";
import { ZDirectoryInput, ZDirectoryOutput } from "./directory.types";

/**
 * The project's active employees for pickers, by name, a page at a time (C1). Open to every
 * employee of the project: choosing a colleague needs no settings right, and the answer holds
 * no more than a name, a position and a department.
 */
export const directoryProcedure = projectProcedure
  .input(ZDirectoryInput)
  .output(ZDirectoryOutput)
  .query(({ ctx, input }) => listEmployeeDirectory(ctx, input));

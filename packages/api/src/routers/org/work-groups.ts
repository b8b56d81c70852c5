import {
  createWorkGroup,
  deleteWorkGroup,
  listWorkGroups,
  removeWorkGroupMember,
  setWorkGroupMember,
  updateWorkGroup,
} from "../../domain/org/work-groups";
import { projectProcedure, requires } from "../../trpc";
import {
  ZCreateWorkGroupInput,
  ZDeleted,
  ZNone,
  ZRef,
  ZRemoveWorkGroupMemberInput,
  ZSetWorkGroupMemberInput,
  ZUpdateWorkGroupInput,
  ZWorkGroup,
} from "./org.schema";

/** Work groups by name with their members and each member's role in the group (B4). */
export const listWorkGroupsProcedure = projectProcedure
  .use(requires("settings.org", "view"))
  .input(ZNone)
  .output(ZWorkGroup.array())
  .query(({ ctx }) => listWorkGroups(ctx));

export const createWorkGroupProcedure = projectProcedure
  .use(requires("settings.org", "create"))
  .input(ZCreateWorkGroupInput)
  .output(ZWorkGroup)
  .mutation(({ ctx, input }) => createWorkGroup(ctx, input));

export const updateWorkGroupProcedure = projectProcedure
  .use(requires("settings.org", "edit"))
  .input(ZUpdateWorkGroupInput)
  .output(ZWorkGroup)
  .mutation(({ ctx, input }) => updateWorkGroup(ctx, input));

export const deleteWorkGroupProcedure = projectProcedure
  .use(requires("settings.org", "delete"))
  .input(ZRef("work group"))
  .output(ZDeleted)
  .mutation(async ({ ctx, input }) => {
    await deleteWorkGroup(ctx, input);
    return { id: input.id };
  });

/** Adds a member, or changes their role in the group. */
export const setWorkGroupMemberProcedure = projectProcedure
  .use(requires("settings.org", "edit"))
  .input(ZSetWorkGroupMemberInput)
  .output(ZWorkGroup)
  .mutation(({ ctx, input }) => setWorkGroupMember(ctx, input));

export const removeWorkGroupMemberProcedure = projectProcedure
  .use(requires("settings.org", "edit"))
  .input(ZRemoveWorkGroupMemberInput)
  .output(ZWorkGroup)
  .mutation(({ ctx, input }) => removeWorkGroupMember(ctx, input));

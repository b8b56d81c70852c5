import { removeGroupMember } from "../../domain/groups/group-members";
import { projectProcedure, requires } from "../../trpc";
import { ZRemoveMemberInput, ZRemoveMemberOutput } from "./remove-member.types";

/** Takes a member out of a group; the last manager cannot be taken out. */
export const removeMemberProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZRemoveMemberInput)
  .output(ZRemoveMemberOutput)
  .mutation(({ ctx, input }) => removeGroupMember(ctx, input));

import { setGroupMember } from "../../domain/groups/group-members";
import { projectProcedure, requires } from "../../trpc";
import { ZSetMemberInput, ZSetMemberOutput } from "./set-member.types";

/** Adds a member, or changes whether they manage the group; the last manager stays one. */
export const setMemberProcedure = projectProcedure
  .use(requires("settings.roles", "edit"))
  .input(ZSetMemberInput)
  .output(ZSetMemberOutput)
  .mutation(({ ctx, input }) => setGroupMember(ctx, input));

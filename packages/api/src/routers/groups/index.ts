import { createTRPCRouter } from "../../trpc";
import { addGrantProcedure } from "./add-grant";
import { createProcedure } from "./create";
import { deleteProcedure } from "./delete";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { removeGrantProcedure } from "./remove-grant";
import { removeMemberProcedure } from "./remove-member";
import { setMemberProcedure } from "./set-member";
import { updateProcedure } from "./update";
import { updateGrantProcedure } from "./update-grant";

/**
 * CRM groups (SPEC D3): members and managers, and grants on records that every member gets.
 * A group change is a permission change, under `settings.roles` like roles and overrides.
 */
export const groupsRouter = createTRPCRouter({
  list: listProcedure,
  get: getProcedure,
  create: createProcedure,
  update: updateProcedure,
  delete: deleteProcedure,
  setMember: setMemberProcedure,
  removeMember: removeMemberProcedure,
  addGrant: addGrantProcedure,
  updateGrant: updateGrantProcedure,
  removeGrant: removeGrantProcedure,
});

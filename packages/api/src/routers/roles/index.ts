import { createTRPCRouter } from "../../trpc";
import { addGrantProcedure } from "./add-grant";
import { addOverrideProcedure } from "./add-override";
import { assignProcedure } from "./assign";
import { cloneProcedure } from "./clone";
import { createProcedure } from "./create";
import { deleteProcedure } from "./delete";
import { getProcedure } from "./get";
import { holdersProcedure } from "./holders";
import { listProcedure } from "./list";
import { listOverridesProcedure } from "./list-overrides";
import { removeFieldRuleProcedure } from "./remove-field-rule";
import { removeGrantProcedure } from "./remove-grant";
import { removeOverrideProcedure } from "./remove-override";
import { setFieldRuleProcedure } from "./set-field-rule";
import { unassignProcedure } from "./unassign";
import { updateProcedure } from "./update";
import { updateGrantProcedure } from "./update-grant";

/**
 * Roles, their grants and field rules, who holds them, and per-employee overrides (SPEC D1,
 * D2, D4), all under the `settings.roles` resource. Step 5 of PERMISSIONS.md is the engine's:
 * see domain/roles/access-target.ts.
 */
export const rolesRouter = createTRPCRouter({
  list: listProcedure,
  get: getProcedure,
  holders: holdersProcedure,
  create: createProcedure,
  update: updateProcedure,
  clone: cloneProcedure,
  delete: deleteProcedure,
  addGrant: addGrantProcedure,
  updateGrant: updateGrantProcedure,
  removeGrant: removeGrantProcedure,
  setFieldRule: setFieldRuleProcedure,
  removeFieldRule: removeFieldRuleProcedure,
  assign: assignProcedure,
  unassign: unassignProcedure,
  listOverrides: listOverridesProcedure,
  addOverride: addOverrideProcedure,
  removeOverride: removeOverrideProcedure,
});

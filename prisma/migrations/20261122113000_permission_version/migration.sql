-- Every change that can alter a permission decision bumps its project's
-- permissionVersion in the same transaction (PERMISSIONS.md, "Changes take effect at
-- once"). The engine's caches are keyed by that version, so no code path that writes
-- roles, grants, groups, overrides, managers, departments, statuses, IP ranges or
-- section limits can forget to invalidate them.

CREATE FUNCTION charter_permission_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb := to_jsonb(COALESCE(NEW, OLD));
  project uuid;
BEGIN
  project := CASE TG_TABLE_NAME
    WHEN 'Role' THEN (changed->>'projectId')::uuid
    WHEN 'CrmGroup' THEN (changed->>'projectId')::uuid
    WHEN 'Employee' THEN (changed->>'projectId')::uuid
    WHEN 'Department' THEN (changed->>'projectId')::uuid
    WHEN 'AllowedIpRange' THEN (changed->>'projectId')::uuid
    WHEN 'Section' THEN (changed->>'projectId')::uuid
    WHEN 'Grant' THEN COALESCE(
      (SELECT "projectId" FROM "Role" WHERE "id" = (changed->>'roleId')::uuid),
      (SELECT "projectId" FROM "CrmGroup" WHERE "id" = (changed->>'groupId')::uuid))
    WHEN 'FieldRule' THEN (SELECT "projectId" FROM "Role" WHERE "id" = (changed->>'roleId')::uuid)
    WHEN 'RoleAssignment' THEN (SELECT "projectId" FROM "Employee" WHERE "id" = (changed->>'employeeId')::uuid)
    WHEN 'PermissionOverride' THEN (SELECT "projectId" FROM "Employee" WHERE "id" = (changed->>'employeeId')::uuid)
    WHEN 'CrmGroupMember' THEN (SELECT "projectId" FROM "CrmGroup" WHERE "id" = (changed->>'groupId')::uuid)
    WHEN 'SectionGroup' THEN (SELECT "projectId" FROM "Section" WHERE "id" = (changed->>'sectionId')::uuid)
  END;
  UPDATE "Project" SET "permissionVersion" = "permissionVersion" + 1 WHERE "id" = project;
  RETURN NULL;
END $$;

DO $$
DECLARE
  permission_table text;
BEGIN
  FOREACH permission_table IN ARRAY ARRAY['Role', 'Grant', 'FieldRule', 'RoleAssignment', 'CrmGroup', 'CrmGroupMember', 'PermissionOverride', 'AllowedIpRange', 'SectionGroup']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION charter_permission_changed()',
                   permission_table || '_permission_version', permission_table);
  END LOOP;
END $$;

-- Employees, departments and sections change often in ways no decision reads (a phone
-- number, a label); only the columns the engine reads bump the version.
CREATE TRIGGER "Employee_permission_version_insert_delete" AFTER INSERT OR DELETE ON "Employee"
  FOR EACH ROW EXECUTE FUNCTION charter_permission_changed();
CREATE TRIGGER "Employee_permission_version_update" AFTER UPDATE ON "Employee"
  FOR EACH ROW WHEN (
    (OLD."managerPath", OLD."departmentId", OLD."directionId", OLD."branchId", OLD."partnerCompanyId", OLD."status", OLD."accessExpiresAt")
    IS DISTINCT FROM
    (NEW."managerPath", NEW."departmentId", NEW."directionId", NEW."branchId", NEW."partnerCompanyId", NEW."status", NEW."accessExpiresAt"))
  EXECUTE FUNCTION charter_permission_changed();

CREATE TRIGGER "Department_permission_version_insert_delete" AFTER INSERT OR DELETE ON "Department"
  FOR EACH ROW EXECUTE FUNCTION charter_permission_changed();
CREATE TRIGGER "Department_permission_version_update" AFTER UPDATE ON "Department"
  FOR EACH ROW WHEN (OLD."path" IS DISTINCT FROM NEW."path")
  EXECUTE FUNCTION charter_permission_changed();

CREATE TRIGGER "Section_permission_version_insert_delete" AFTER INSERT OR DELETE ON "Section"
  FOR EACH ROW EXECUTE FUNCTION charter_permission_changed();

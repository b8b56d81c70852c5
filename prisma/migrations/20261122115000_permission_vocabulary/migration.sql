-- The permission vocabulary of PERMISSIONS.md: a grant, an override or a field rule that
-- names a resource or an action the engine does not know is refused when it is saved
-- (the engine would refuse it too, but a stored typo should never wait for a request to
-- show up). A test keeps these lists equal to the engine's.

ALTER TABLE "Grant" ADD CONSTRAINT "Grant_known_resource" CHECK ("resource" IN ('company', 'contact', 'object', 'deal', 'interest', 'activity', 'task', 'reminder', 'document', 'invoice', 'product', 'report', 'settings.org', 'settings.employees', 'settings.roles', 'settings.fields', 'settings.pipeline', 'settings.security', 'audit'));
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_known_action" CHECK ("action" IN ('view', 'create', 'edit', 'delete', 'export', 'import', 'assign'));
ALTER TABLE "PermissionOverride" ADD CONSTRAINT "PermissionOverride_known_resource" CHECK ("resource" IN ('company', 'contact', 'object', 'deal', 'interest', 'activity', 'task', 'reminder', 'document', 'invoice', 'product', 'report', 'settings.org', 'settings.employees', 'settings.roles', 'settings.fields', 'settings.pipeline', 'settings.security', 'audit'));
ALTER TABLE "PermissionOverride" ADD CONSTRAINT "PermissionOverride_known_action" CHECK ("action" IN ('view', 'create', 'edit', 'delete', 'export', 'import', 'assign'));
ALTER TABLE "FieldRule" ADD CONSTRAINT "FieldRule_known_resource" CHECK ("resource" IN ('company', 'contact', 'object', 'deal', 'interest', 'activity', 'task', 'reminder', 'document', 'invoice', 'product', 'report', 'settings.org', 'settings.employees', 'settings.roles', 'settings.fields', 'settings.pipeline', 'settings.security', 'audit'));

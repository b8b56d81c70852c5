export {
  createTestDatabase,
  DEFAULT_TEST_DATABASE_URL,
  dropTestDatabase,
  newTestDatabaseName,
  testAdminUrl,
  testDatabaseUrl,
  type TCreateTestDatabaseOptions,
  type TTestDatabase,
} from "./create-test-database";
export {
  arbitraryPermissionWorld,
  CHECKED_ACTIONS,
  CHECKED_RESOURCES,
  WORLD_NOW,
  worldId,
  type TCheckedResource,
  type TPermissionWorld,
} from "./permission-world";
export { writePermissionWorld } from "./write-permission-world";
export { createTemplateDatabases, type TTemplateDatabases } from "./template-databases";

export {
  createTestDatabase,
  DEFAULT_TEST_DATABASE_URL,
  type TTestDatabase,
} from "./create-test-database";

export { arbitraryWorld, generateCondition, worldChecks } from "./generators";
export {
  hydrateRow,
  WORLD_ACTIONS,
  WORLD_RESOURCES,
  type World,
  type WorldDepartment,
  type WorldEmployee,
  type WorldResource,
  type WorldRow,
} from "./world";
export { makeRecord, makeSubject, NOW, OTHER_PROJECT, PROJECT, type RecordPatch } from "./fixtures";

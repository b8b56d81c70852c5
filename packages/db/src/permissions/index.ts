export { engineRecordSelect, toEngineRecord } from "./engine-record";
export {
  toPrismaReach,
  toPrismaWhere,
  type TReach,
  type TWhereByResource,
} from "./to-prisma-where";

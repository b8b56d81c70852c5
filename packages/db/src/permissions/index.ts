export { toPrismaReach, toPrismaWhere, type TReach, type TWhereByResource } from "./to-prisma-where";

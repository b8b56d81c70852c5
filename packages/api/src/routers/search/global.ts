import { searchGlobal } from "../../domain/search/search-global";
import { projectProcedure } from "../../trpc";
import { ZGlobalInput, ZGlobalOutput } from "./global.types";

/**
 * The header's search box: the best matches among the companies, contacts and deals the
 * subject may view. Open to every employee of the project; a kind they may not view at all
 * answers empty.
 */
export const globalProcedure = projectProcedure
  .input(ZGlobalInput)
  .output(ZGlobalOutput)
  .query(({ ctx, input }) => searchGlobal(ctx, input));

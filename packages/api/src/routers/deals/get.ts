import { withRecordCan } from "../../domain/access/record-can";
import { findDealDetails } from "../../domain/deals/deal-details";
import { projectProcedure, requires } from "../../trpc";
import { ZGetInput, ZGetOutput } from "./get.types";

/** One deal with its product lines and stage history; outside reach it is a missing id. */
export const getProcedure = projectProcedure
  .use(requires("deal", "view"))
  .input(ZGetInput)
  .output(ZGetOutput)
  .query(async ({ ctx, input }) =>
    withRecordCan(ctx, "deal", await findDealDetails(ctx, input.id)),
  );

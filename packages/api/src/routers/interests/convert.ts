import { withRecordCan } from "../../domain/access/record-can";
import { convertInterest } from "../../domain/interests/convert-interest";
import { projectProcedure, requires } from "../../trpc";
import { ZConvertInput, ZConvertOutput } from "./convert.types";

/**
 * Turns an interest into a deal (G5): needs the right to create deals and to edit this
 * interest; both writes happen in one transaction.
 */
export const convertProcedure = projectProcedure
  .use(requires("deal", "create"))
  .use(requires("interest", "edit"))
  .input(ZConvertInput)
  .output(ZConvertOutput)
  .mutation(async ({ ctx, input }) => {
    const converted = await convertInterest(ctx, input);
    return {
      interest: await withRecordCan(ctx, "interest", converted.interest),
      deal: await withRecordCan(ctx, "deal", converted.deal),
    };
  });

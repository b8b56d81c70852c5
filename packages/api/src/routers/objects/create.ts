import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { createObject } from "../../domain/objects/create-object";
import { OBJECT_LINKS } from "../../domain/objects/object-select";
import { projectProcedure, requires } from "../../trpc";
import { ZCreateInput, ZCreateOutput } from "./create.types";

/** A new object, the creator responsible and their sales direction stamped on it (B3). */
export const createProcedure = projectProcedure
  .use(requires("object", "create"))
  .input(ZCreateInput)
  .output(ZCreateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "object",
      await withVisibleLink(ctx, await createObject(ctx, input), OBJECT_LINKS),
    ),
  );

import { withRecordCan } from "../../domain/access/record-can";
import { withVisibleLink } from "../../domain/access/visible-links";
import { OBJECT_LINKS } from "../../domain/objects/object-select";
import { updateObject } from "../../domain/objects/update-object";
import { projectProcedure, requires } from "../../trpc";
import { ZUpdateInput, ZUpdateOutput } from "./update.types";

/** Saves an object's fields and custom values, refusing a stale version with CONFLICT. */
export const updateProcedure = projectProcedure
  .use(requires("object", "edit"))
  .input(ZUpdateInput)
  .output(ZUpdateOutput)
  .mutation(async ({ ctx, input }) =>
    withRecordCan(
      ctx,
      "object",
      await withVisibleLink(ctx, await updateObject(ctx, input), OBJECT_LINKS),
    ),
  );

import {
  createDirection,
  deleteDirection,
  listDirections,
  updateDirection,
} from "../../domain/org/directions";
import { projectProcedure, requires } from "../../trpc";
import {
  ZCreateDirectionInput,
  ZDeleted,
  ZDirection,
  ZNone,
  ZRef,
  ZUpdateDirectionInput,
} from "./org.schema";

/** Sales directions by code (B3). */
export const listDirectionsProcedure = projectProcedure
  .use(requires("settings.org", "view"))
  .input(ZNone)
  .output(ZDirection.array())
  .query(({ ctx }) => listDirections(ctx));

export const createDirectionProcedure = projectProcedure
  .use(requires("settings.org", "create"))
  .input(ZCreateDirectionInput)
  .output(ZDirection)
  .mutation(({ ctx, input }) => createDirection(ctx, input));

export const updateDirectionProcedure = projectProcedure
  .use(requires("settings.org", "edit"))
  .input(ZUpdateDirectionInput)
  .output(ZDirection)
  .mutation(({ ctx, input }) => updateDirection(ctx, input));

/** Only a direction no employee and no record carries. */
export const deleteDirectionProcedure = projectProcedure
  .use(requires("settings.org", "delete"))
  .input(ZRef("direction"))
  .output(ZDeleted)
  .mutation(async ({ ctx, input }) => {
    await deleteDirection(ctx, input);
    return { id: input.id };
  });

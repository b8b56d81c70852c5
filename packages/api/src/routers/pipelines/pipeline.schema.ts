import { z } from "zod";

// Shared by the pipelines procedures' input and output schemas.

export const ZId = (what: string) => z.uuid(`The ${what} id is not valid.`);
export const ZVersion = z.number().int().positive("version must be the version you last read.");
export const ZName = (what: string) =>
  z.string().trim().min(1, `Give the ${what} a name.`).max(120);
export const ZOutcome = z.enum(["open", "won", "lost"]);
export const ZProbability = z
  .number()
  .int("probability is a whole percent.")
  .min(0)
  .max(100, "probability is a percent, at most 100.");

export const ZStage = z.object({
  id: z.string(),
  pipelineId: z.string(),
  key: z.string(),
  name: z.string(),
  position: z.number().int(),
  probability: z.number().int(),
  outcome: ZOutcome,
  version: z.number().int(),
  /** The deals in the stage the caller may view (a stage with deals cannot be deleted). */
  dealCount: z.number().int(),
});

export const ZPipeline = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  kind: z.enum(["opportunity", "client_cycle"]),
  position: z.number().int(),
  version: z.number().int(),
  stages: z.array(ZStage),
});

export const ZChainStepInput = z
  .strictObject({
    title: z.string().trim().min(1, "Give the task a title.").max(200),
    description: z.string().trim().max(2000).nullable().optional(),
    /** The task is due this many days after the deal enters the stage. */
    dueAfterDays: z.number().int().min(0).max(3650),
    assignTo: z.enum(["responsible", "responsible_manager", "employee"]),
    employeeId: z.uuid("employeeId must be an employee id.").nullable().optional(),
  })
  .refine((step) => (step.assignTo === "employee") === Boolean(step.employeeId), {
    message: "Name an employee (employeeId) exactly when assignTo is employee.",
    path: ["employeeId"],
  });

export const ZChainSteps = z
  .array(ZChainStepInput)
  .min(1, "A chain has at least one step.")
  .max(50);

export const ZTaskChain = z.object({
  id: z.string(),
  stageId: z.string(),
  name: z.string(),
  isActive: z.boolean(),
  version: z.number().int(),
  steps: z.array(
    z.object({
      id: z.string(),
      position: z.number().int(),
      title: z.string(),
      description: z.string().nullable(),
      dueAfterDays: z.number().int(),
      assignTo: z.enum(["responsible", "responsible_manager", "employee"]),
      employee: z.object({ id: z.string(), name: z.string() }).nullable(),
    }),
  ),
});

export const ZDeleted = z.object({ id: z.string() });

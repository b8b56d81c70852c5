import { z } from "zod";

import { ZAction, ZResource } from "@charter/core/engine";

export const ZExplainInput = z.strictObject({
  employeeId: z.uuid("employeeId must be an employee id."),
  resource: ZResource,
  action: ZAction,
  /** Required for record resources and products; left out for settings, reports, audit. */
  recordId: z.uuid("recordId must be a record id.").optional(),
});

export const ZExplainOutput = z.object({
  allowed: z.boolean(),
  /** The step of PERMISSIONS.md "Decision" that decided, 1–7. */
  step: z.number().int(),
  /** The engine's rule name, e.g. `grant`, `deny-override`, `read-only`, `no-grant`. */
  rule: z.string(),
  explanation: z.string(),
});

import { z } from "zod";

// Shared by every record answer (`get`, and what create, update, assign and status moves
// return): the single shape of `can`.

/**
 * What the engine lets the caller do on this very record, judged on its stored facts as
 * `findVisibleOrThrow` judges them. `false` is exactly the record's FORBIDDEN (or NOT_FOUND,
 * for `view`); `true` is no promise: a procedure may still refuse for what the engine does
 * not see (a stale version, a status that forbids the change, a field rule, a stage outside
 * the caller's stage rights after a move). `assign` (change the responsible) has a procedure
 * on companies, contacts, deals and interests only; elsewhere it is the engine's answer alone.
 */
export const ZRecordCan = z.object({
  view: z.boolean(),
  edit: z.boolean(),
  delete: z.boolean(),
  assign: z.boolean(),
});

export type TRecordCan = z.infer<typeof ZRecordCan>;

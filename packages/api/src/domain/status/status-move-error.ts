import type { TWord } from "../../error-messages";
import { AppError } from "../../errors";

type TStatus = TWord<"status">;

const KEYS = {
  invoice: [
    "invoices.statusFinal",
    "invoices.statusOneWay",
    "invoices.statusTwoWays",
    "invoices.statusThreeWays",
  ],
  document: [
    "documents.statusFinal",
    "documents.statusOneWay",
    "documents.statusTwoWays",
    "documents.statusThreeWays",
  ],
} as const;

/**
 * A status move the life cycle does not allow, naming the moves it does allow. Each count of
 * moves has its own sentence, so a translation can word the list in its own grammar.
 */
export function statusMoveError(
  thing: keyof typeof KEYS,
  status: TStatus,
  target: TStatus,
  allowed: readonly TStatus[],
): AppError {
  const [option1, option2, option3] = allowed;
  const field = { field: "status" };
  const [none, one, two, three] = KEYS[thing];
  if (option1 === undefined)
    return new AppError("INVALID_INPUT", { key: none, params: { status, target } }, field);
  if (option2 === undefined)
    return new AppError("INVALID_INPUT", { key: one, params: { status, target, option1 } }, field);
  if (option3 === undefined) {
    const params = { status, target, option1, option2 };
    return new AppError("INVALID_INPUT", { key: two, params }, field);
  }
  const params = { status, target, option1, option2, option3 };
  return new AppError("INVALID_INPUT", { key: three, params }, field);
}
